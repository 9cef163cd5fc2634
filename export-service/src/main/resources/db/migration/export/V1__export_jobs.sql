create table export_job (
    id                   uuid primary key,
    account_id           varchar(100) not null,
    name                 varchar(200) not null,
    status               varchar(20)  not null,
    source_type          varchar(30)  not null,
    source_reference     varchar(200),
    source_name          varchar(200) not null,
    source_criteria      text,
    exclude_do_not_track boolean      not null,
    columns_json         text         not null,
    dialect              varchar(20)  not null,
    delimiter            varchar(1)   not null,
    bom                  boolean      not null,
    header               varchar(20)  not null,
    time_zone            varchar(60)  not null,
    notify_user_ids      text         not null,
    requested_by         varchar(100) not null,
    requested_at         timestamptz  not null,
    started_at           timestamptz,
    completed_at         timestamptz,
    parts_total          integer      not null default 0,
    parts_done           integer      not null default 0,
    rows_written         bigint       not null default 0,
    bytes                bigint,
    sha256               varchar(64),
    file_name            varchar(250),
    failure_reason       varchar(500),
    last_error           varchar(500),
    schedule_id          uuid
);

create index export_job_history on export_job (account_id, requested_at desc);

create table export_part (
    export_id   uuid    not null references export_job (id),
    part_number integer not null,
    from_id     bigint  not null,
    to_id       bigint  not null,
    status      varchar(20) not null,
    rows        bigint,
    primary key (export_id, part_number)
);

create table outbox_event (
    id          bigserial primary key,
    topic       varchar(100) not null,
    message_key varchar(100) not null,
    payload     text         not null,
    created_at  timestamptz  not null,
    sent_at     timestamptz
);

create index outbox_event_unsent on outbox_event (id) where sent_at is null;
