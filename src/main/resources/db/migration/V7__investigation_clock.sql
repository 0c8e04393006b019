-- Investigation deadline (002 §4.1): working days per level, extendable with approval, never past
-- the reply deadline.
alter table complaint add column investigation_due_by timestamp with time zone;
alter table complaint add column investigation_extra_days integer default 0 not null;

-- One table for both kinds of extension: the statutory reply deadline (senior management, Art. 18)
-- and the investigation deadline (department head).
alter table complaint_extension add column kind varchar(16) default 'STATUTORY' not null;
alter table complaint_extension add column working_days integer;
