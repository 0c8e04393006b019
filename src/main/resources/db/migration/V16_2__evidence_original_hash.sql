-- Evidence is stored without its metadata (casefile/EvidenceSanitizer); the hash of the file as uploaded is
-- kept beside the stored file's, so the uploader's own copy can still be matched. Null for older documents.
alter table case_document add column original_sha256 varchar(64);
