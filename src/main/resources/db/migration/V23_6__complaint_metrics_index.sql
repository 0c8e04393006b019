-- The metrics snapshot (statistics/CaseMetrics, every 30 s) counts the whole ledger by level and status and sums
-- its escalations: from this narrow index alone rather than the table (a gigabyte at five years, read every 30 s
-- through the page cache that intake needs; issue 20).
create index ix_complaint_status_level on complaint (status, level, escalation_count);
