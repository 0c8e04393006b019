-- Signed SMS delivery receipts (issue 16), one row per provider message id: a receipt is acted on only
-- the first time its message id is seen, so a replayed receipt changes nothing. outbox_id: the notice
-- the provider's message id names (its delivery_reference).
create table sms_receipt (
    message_id  varchar(100) primary key,
    status      varchar(16)  not null,
    code        varchar(100),
    received_at timestamp with time zone not null,
    outbox_id   bigint not null references outbox_message (id)
);

create index ix_sms_receipt_outbox on sms_receipt (outbox_id);
