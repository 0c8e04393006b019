-- Proof of notice (Art. 21, issue 15): one timestamp per notice. accepted_at: the channel took it
-- (SMTP accepted, SMS gateway, letter posted); delivered_at: the channel reported delivery (SMS
-- receipt, tracked letter), possibly later; proof_at = delivered_at if known else accepted_at.
alter table outbox_message add column accepted_at timestamp with time zone;
alter table outbox_message add column delivered_at timestamp with time zone;
alter table outbox_message add column proof_at timestamp with time zone;

-- Rows written before: the sending time is all that is known. In-person rows were told when recorded.
update outbox_message set accepted_at = sent_at, proof_at = sent_at where sent_at is not null;
update outbox_message set delivered_at = sent_at where sent_at is not null and channel = 'IN_PERSON';

-- Late delivery receipts name the notice by the channel's reference.
create index ix_outbox_delivery_reference on outbox_message (delivery_reference);

-- The decision notice's proof on the ledger: on time = this by the statutory date (Art. 21), and the
-- 核查 window (Art. 20) runs from it. Kept by complaint.notice.DecisionNotices.
alter table complaint add column decision_notice_proved_at timestamp with time zone;

update complaint c set decision_notice_proved_at = (
    select o.proof_at from outbox_message o
    where o.case_number = c.case_number and o.purpose = 'DECISION' and o.proof_at is not null
    order by o.id desc fetch first 1 row only);
