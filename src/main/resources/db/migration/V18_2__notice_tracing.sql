-- Notices through real channels (issue 16): what was sent, how it can be proved, how it failed.
-- subject: the e-mail subject or letter heading (null for SMS and staff messages without one);
-- content_hash: SHA-256 (hex) of the rendered content as handed to the channel, so a later dispute can
-- show the text was not changed; failed_at / failure_code: the channel reported that the notice did
-- not arrive (an SMS receipt FAILED with the provider's code, a letter returned); replaces_id: a
-- notice sent by the next channel after this one failed (SMS -> e-mail -> letter).
alter table outbox_message add column subject varchar(300);
alter table outbox_message add column content_hash varchar(64);
alter table outbox_message add column failed_at timestamp with time zone;
alter table outbox_message add column failure_code varchar(100);
alter table outbox_message add column replaces_id bigint references outbox_message (id);

create index ix_outbox_failed on outbox_message (failed_at);
