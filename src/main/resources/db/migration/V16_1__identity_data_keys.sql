-- Per-report data keys of the identity vault (envelope encryption, whistleblowing/IdentityVault): each
-- real-name report's identity is sealed with a key of its own, stored here only wrapped by a configured
-- master key. Deleting a report's row destroys its identity wherever a copy of wb_report lives
-- (crypto-shredding). Kept apart from wb_report, and without a foreign key, so that the operator can back
-- it up on its own, shorter schedule (docs/security.md, The identity vault). wb_report.identity_key_id stays
-- for the records of the first scheme (sealed directly by a master key) until they are re-sealed.
create table wb_identity_key (
    report_number varchar(32) primary key,
    master_key_id varchar(32) not null,
    wrapped_key   bytea       not null,
    created_at    timestamp with time zone not null
);

-- The legal basis of a reveal (e.g. the article and the authority's request), required for every new reveal;
-- reveals recorded before this column existed have none.
alter table wb_identity_reveal add column legal_basis varchar(1000);
