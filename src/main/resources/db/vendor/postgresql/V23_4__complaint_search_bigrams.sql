-- A two-character part of a name or unit (王伟, a full name as often as not) has no trigram of its own, so the
-- trigram indexes of V19_1_1 cannot serve it: the search read all the ledger (2.9 s at a million; issue 20).
-- casedesk_bigrams spells a text as its pairs of adjacent characters between spaces (王伟华 → " 王伟 伟华 "), so
-- each pair is a word whose padded trigram " 王伟" the trigram index holds; ComplaintSearch asks for
-- casedesk_bigrams(...) like '% 王伟 %'. The same function, in Java, is H2's (com.casedesk.complaint.search.Bigrams).
create function casedesk_bigrams(t text) returns text
    language sql immutable strict parallel safe
as $$
    select ' ' || coalesce(string_agg(substr(t, i, 2), ' ' order by i), '') || ' '
    from generate_series(1, char_length(t) - 1) as i
$$;
create index ix_complaint_name_bigrams on complaint using gin (casedesk_bigrams(complainant_name) gin_trgm_ops);
create index ix_complaint_unit_bigrams on complaint using gin (casedesk_bigrams(respondent_unit) gin_trgm_ops);
