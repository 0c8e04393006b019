-- Repeat complaints (Art. 18 ¶3) keep their own ledger row (issue 13 §5): every submission gets its own
-- case number, and a repeat is recorded as merged into the open case it belongs to, by the service at
-- intake (same name and ID number) or by staff afterwards. The row is then MERGED: not open, not
-- counted in statistics, handled only through the case it names here.
alter table complaint add column merged_into varchar(32);
alter table complaint add column merged_at timestamp with time zone;
create index ix_complaint_merged_into on complaint (merged_into);
