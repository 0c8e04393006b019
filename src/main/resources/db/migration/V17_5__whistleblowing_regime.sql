-- Whistleblowing regime per report (issue 15 §9): the regime (CN, EU) the report was received under,
-- kept for life; casedesk.whistleblowing.regime only chooses it for reports received from then on.
-- Reports received before this migration stay null: their clocks follow the installation's regime at the
-- time of each calculation, as they always did (their process instances have no regime variable either).
-- Portable between PostgreSQL and H2.
alter table wb_report add column regime varchar(8);
alter table wb_report add constraint ck_wb_report_regime check (regime is null or regime in ('CN', 'EU'));
