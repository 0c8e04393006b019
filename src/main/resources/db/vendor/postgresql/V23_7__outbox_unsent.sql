-- The metrics snapshot's outbox backlog (statistics/CaseMetrics, every 30 s): the unsent notices only, where the
-- count read every notice of five years (1.4 GB at a million complaints; issue 20). H2 has no partial indexes
-- and its demo outbox is small.
create index ix_outbox_unsent on outbox_message (id) where sent_at is null;
