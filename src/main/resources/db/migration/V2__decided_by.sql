-- Who recorded the decision: a 核查 review must be done by someone else (Art. 20).
alter table complaint add column decided_by varchar(64);
