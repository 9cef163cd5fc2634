-- The outbox table as the services create it (delivery V2, export V1 + V2).
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
