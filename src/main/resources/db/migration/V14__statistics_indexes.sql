-- Statistics (issue 6): the figures of a period select complaints by when they were received, decided,
-- closed or withdrawn, events by type and time, reviews and rectifications by date, reports by receipt.
-- Measured with 100,000 cases in docs/performance.md. Portable between PostgreSQL and H2.
create index ix_complaint_decided on complaint (decided_at);
-- (complaint.closed_at is indexed by V11)
create index ix_complaint_withdrawn on complaint (withdrawn_at);
create index ix_case_event_type_time on case_event (event_type, occurred_at);
create index ix_complaint_review_requested on complaint_review (requested_at);
create index ix_complaint_review_decided on complaint_review (decided_at);
create index ix_rectification_action_created on rectification_action (created_at);
create index ix_rectification_action_completed on rectification_action (completed_at);
create index ix_wb_report_received on wb_report (received_at);
