-- PostgreSQL only (H2 scans): GET /api/complaints?q= stays fast with a million cases.
-- A part of the complainant's name or of the respondent unit (LIKE '%part%'): trigram GIN indexes.
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension (PostgreSQL 13+): the database
-- owner can create it without superuser rights.
create extension if not exists pg_trgm;
create index ix_complaint_name_trgm on complaint using gin (complainant_name gin_trgm_ops);
create index ix_complaint_unit_trgm on complaint using gin (respondent_unit gin_trgm_ops);
-- An exact phone however it was typed at intake: the digits, as ComplaintSearch.PHONE_DIGITS spells them.
create index ix_complaint_phone_digits on complaint
    ((replace(replace(replace(replace(replace(complainant_phone, ' ', ''), '-', ''), '+', ''), '(', ''), ')', '')));
