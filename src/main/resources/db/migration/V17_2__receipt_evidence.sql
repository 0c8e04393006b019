-- Issue 15 §1: a letter or a regulator's transfer keyed in later keeps its real receipt date
-- (received_at, from which the statutory clock runs) and what shows it.
alter table complaint add column received_at_evidence varchar(500);
alter table complaint add column received_at_reason varchar(2000);
