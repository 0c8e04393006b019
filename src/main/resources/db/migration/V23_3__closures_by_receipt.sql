-- The statistics' "closed after the period began, received before it" branch (ComplaintStatistics): for the
-- oldest month of a 12-month trend that is every closure of a year, each fetched from the table to test its
-- receipt time. With the receipt time in the index the branch reads the index alone (issue 20: the trend took
-- 5.9 s at a million complaints).
create index ix_complaint_closed_received on complaint (closed_at, received_at);
create index ix_complaint_withdrawn_received on complaint (withdrawn_at, received_at);
