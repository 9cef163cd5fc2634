-- Automated exports (issue 4): the schedule behind a job and what became of its delivery.
alter table export_job
    add column schedule_name        varchar(200),
    add column delivery_status      varchar(20),
    add column delivery_remote_path varchar(1000),
    add column delivery_reason      varchar(500),
    add column delivery_at          timestamptz;

create index export_job_automated on export_job (account_id, schedule_id, requested_at desc)
    where schedule_id is not null;
