-- 我的案件 (GET /api/complaints?scope=mine and the Tasklist plugin casedesk-cases): the cases a user owns,
-- found by complaint.current_owner (kept by ComplaintOwnerTracker) without reading the ledger.
create index ix_complaint_current_owner on complaint (current_owner);
