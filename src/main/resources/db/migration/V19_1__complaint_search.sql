-- Staff search of the ledger (GET /api/complaints, complaint/search/ComplaintSearch). Portable part:
-- the result order (reply deadline, then level) and the need-to-know lookup of cases a user acted on.
-- complainant_phone (V15) and (status, reply_due_by) (V1) are indexed already. The trigram indexes for
-- a part of a name or unit, and the index on the phone's digits, are PostgreSQL's (vendor V19_1_1).
create index ix_complaint_due_level on complaint (reply_due_by, level);
create index ix_case_event_actor on case_event (actor, case_number);
