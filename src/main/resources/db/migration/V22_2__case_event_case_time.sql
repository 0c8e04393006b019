-- The hourly stuck-case sweep (complaint/stuck/StuckCases) asks, for every open case, whether it has an event after
-- the cutoff and when its last event was. With only (case_number, id) each question read every event row of the
-- case; with the time in the index it is one probe per case.
create index ix_case_event_case_time on case_event (case_number, occurred_at);
