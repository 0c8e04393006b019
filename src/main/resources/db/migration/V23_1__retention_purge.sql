-- The retention sweep at five years and beyond (issue 20 §3): which cases are due for anonymization
-- (anonymized_at is null, ended before the cutoff) and which anonymized records are due for deletion
-- (anonymized_at before the record-kept-for cutoff) are both ranges on this index, so a sweep reads the
-- day's cases, not the years of anonymized records kept for statistics.
create index ix_complaint_anonymized_closed on complaint (anonymized_at, closed_at);
create index ix_wb_report_anonymized_closed on wb_report (anonymized_at, closed_at);
