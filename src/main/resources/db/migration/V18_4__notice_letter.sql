-- Letters (书面告知, issue 16): the PDF rendered when a LETTER notice is queued, and the posting that
-- proves it. One row per outbox notice on the LETTER channel (notification.letter.Letters).
-- pdf: the letter as printed (null once the case's personal data is erased by retention: it carries
-- the postal address and the text); pages: for the print run.
-- posted_on / tracking_number / posted_by / recorded_at: the 寄送书面告知 task's record; posted_on is
-- the proof of notice (outbox_message.accepted_at follows from it), tracking_number the 挂号信/EMS
-- number (required for decision and review-decision letters).
create table notice_letter (
    outbox_id       bigint primary key references outbox_message (id),
    pdf             bytea,
    pages           integer not null,
    created_at      timestamp with time zone not null,
    posted_on       date,
    tracking_number varchar(40),
    posted_by       varchar(64),
    recorded_at     timestamp with time zone
);

-- The letters waiting to be posted (GET /api/notices/letters?posted=false). Not a partial index: the
-- migrations also run on the embedded default's H2, which has none.
create index ix_notice_letter_posting on notice_letter (posted_on, created_at);
