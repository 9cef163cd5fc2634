-- Delivery events are identified by a delivery id or by (schedule, end date), not by an export:
-- the unique key moves to an event key, the text form of whatever identifies the event.
alter table notification_log add column event_key varchar(100);
update notification_log set event_key = export_id::text;
alter table notification_log alter column event_key set not null;

alter table notification_log alter column export_id drop not null;
alter table notification_log add column schedule_id uuid;

alter table notification_log drop constraint notification_log_event_user_unique;
alter table notification_log
    add constraint notification_log_event_user_unique unique (event_kind, event_key, user_id);
