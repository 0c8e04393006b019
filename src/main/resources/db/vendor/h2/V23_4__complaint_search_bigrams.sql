-- The search's pairs of adjacent characters (see db/vendor/postgresql V23_4): on H2 the Java method, no index.
create alias if not exists casedesk_bigrams deterministic for 'com.casedesk.complaint.search.Bigrams.of';
