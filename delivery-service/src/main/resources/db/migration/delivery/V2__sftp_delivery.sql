-- SFTP targets, schedules, their runs (one per automated export), the outbox of the events
-- this service owes, and db-scheduler's table.

create table sftp_target (
    id                   uuid          primary key,
    account_id           varchar(100)  not null,
    name                 varchar(200)  not null,
    host                 varchar(255)  not null,
    port                 integer       not null,
    username             varchar(255)  not null,
    -- AES-256-GCM: base64 of nonce || ciphertext || tag; never the plain secret.
    password_cipher      text,
    private_key_cipher   text,
    passphrase_cipher    text,
    host_key_fingerprint varchar(100)  not null,
    directory            varchar(1000) not null,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null
);

create index sftp_target_account on sftp_target (account_id, created_at);

create table delivery_schedule (
    id                uuid          primary key,
    account_id        varchar(100)  not null,
    created_by        varchar(100)  not null,
    name              varchar(200)  not null,
    target_id         uuid          not null references sftp_target (id),
    file_name_pattern varchar(255)  not null,
    frequency_type    varchar(10)   not null,
    frequency_minute  integer,
    frequency_time    time,
    frequency_day     varchar(10),
    frequency_day_of_month integer,
    frequency_cron    varchar(200),
    time_zone         varchar(64)   not null,
    start_date        date          not null,
    end_date          date          not null,
    notify_user_ids   text          not null,
    source_type       varchar(30)   not null,
    source_reference  varchar(300),
    source_name       varchar(300)  not null,
    fields            text          not null,
    file_dialect      varchar(20)   not null,
    file_delimiter    varchar(4)    not null,
    file_bom          boolean       not null,
    file_header       varchar(20)   not null,
    status            varchar(10)   not null,
    next_due_at       timestamptz,
    ending_announced_at timestamptz,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null
);

create index delivery_schedule_account on delivery_schedule (account_id, created_at);

-- One row per due run: its id is the id of the automated export export-service creates.
create table schedule_run (
    id             uuid          primary key,
    schedule_id    uuid          not null references delivery_schedule (id) on delete cascade,
    account_id     varchar(100)  not null,
    due_at         timestamptz   not null,
    manual         boolean       not null,
    -- Resolved from the pattern at the due time; the directory is the target's at upload.
    file_name      varchar(255)  not null,
    remote_path    varchar(1300),
    status         varchar(20)   not null,
    attempts       integer       not null default 0,
    reason         varchar(500),
    file_location  varchar(1000),
    bytes          bigint,
    sha256         varchar(64),
    delivery_id    uuid,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null
);

-- A due time yields one run even if two instances or a re-executed task reach it.
create unique index schedule_run_once_per_due_time on schedule_run (schedule_id, due_at)
    where not manual;

create index schedule_run_of_schedule on schedule_run (schedule_id, due_at desc);

create table outbox_event (
    id              bigserial    primary key,
    topic           varchar(100) not null,
    message_key     varchar(100) not null,
    payload         text         not null,
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    status          varchar(10)  not null default 'PENDING',
    attempts        integer      not null default 0,
    next_attempt_at timestamptz,
    last_error      varchar(500)
);

create index outbox_event_pending on outbox_event (message_key, id) where status = 'PENDING';

-- db-scheduler 16: the clustered scheduler's executions.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);

create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
