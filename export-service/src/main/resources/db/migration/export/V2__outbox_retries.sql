-- A row that cannot be published is retried with a growing delay, then set aside as FAILED,
-- so that it never holds back the events of other exports.
alter table outbox_event
    add column status          varchar(10)  not null default 'PENDING',
    add column attempts        integer      not null default 0,
    add column next_attempt_at timestamptz,
    add column last_error      varchar(500);

update outbox_event set status = 'SENT' where sent_at is not null;

drop index outbox_event_unsent;

create index outbox_event_pending on outbox_event (message_key, id) where status = 'PENDING';
