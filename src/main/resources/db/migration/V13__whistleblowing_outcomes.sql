-- Whistleblowing statistics (issue 6, 000 §6: number of reports, handling time, results): the outcome
-- of each stage as columns of the report, so counts and stage times are SQL aggregates rather than
-- parsing of the event log. Counts only ever leave the service; these columns identify nobody.
-- Portable between PostgreSQL and H2.
alter table wb_report add column admissibility varchar(16);
alter table wb_report add column refusal_reason varchar(32);
alter table wb_report add column assessed_at timestamp with time zone;
alter table wb_report add column decision varchar(32);
alter table wb_report add column decided_at timestamp with time zone;
-- (closed_at comes with V11: a report's end, CLOSED or REFUSED, which also starts its retention period)

-- Reports handled before this migration: taken from the event log the process wrote.
update wb_report set assessed_at = (select max(e.occurred_at) from case_event e
        where e.case_number = wb_report.report_number and e.event_type = 'ADMISSIBILITY_DECIDED'
          and (e.detail like 'ADMITTED%' or e.detail like 'REFUSED%'));
update wb_report set admissibility = (select max(case when e.detail like 'ADMITTED%' then 'ADMITTED' else 'REFUSED' end)
        from case_event e
        where e.case_number = wb_report.report_number and e.event_type = 'ADMISSIBILITY_DECIDED'
          and (e.detail like 'ADMITTED%' or e.detail like 'REFUSED%') and e.occurred_at = wb_report.assessed_at)
    where assessed_at is not null;
update wb_report set refusal_reason = (select max(case
            when e.detail like '%NOT_IN_REMIT%' then 'NOT_IN_REMIT'
            when e.detail like '%NO_IDENTIFIED_PARTY%' then 'NO_IDENTIFIED_PARTY'
            when e.detail like '%NO_SPECIFIC_FACTS%' then 'NO_SPECIFIC_FACTS'
            when e.detail like '%REPEAT_WITHOUT_NEW_FACTS%' then 'REPEAT_WITHOUT_NEW_FACTS'
            when e.detail like '%BEFORE_COURT_OR_AUTHORITY%' then 'BEFORE_COURT_OR_AUTHORITY'
            else 'OTHER' end)
        from case_event e
        where e.case_number = wb_report.report_number and e.event_type = 'ADMISSIBILITY_DECIDED'
          and e.detail like 'REFUSED%' and e.occurred_at = wb_report.assessed_at)
    where admissibility = 'REFUSED';
update wb_report set decided_at = (select max(e.occurred_at) from case_event e
        where e.case_number = wb_report.report_number and e.event_type = 'COMMITTEE_DECISION');
update wb_report set decision = (select max(case
            when e.detail like '%(INTERNAL_DISCIPLINE)%' then 'INTERNAL_DISCIPLINE'
            when e.detail like '%(LEGAL_REFERRAL)%' then 'LEGAL_REFERRAL'
            else 'NO_VIOLATION' end)
        from case_event e
        where e.case_number = wb_report.report_number and e.event_type = 'COMMITTEE_DECISION'
          and e.occurred_at = wb_report.decided_at)
    where decided_at is not null;
