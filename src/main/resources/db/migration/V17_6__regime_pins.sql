-- Each case keeps the regime and the version of its decision table (a decision definition id, e.g.
-- regime-cn-2020-3:2:…) it was received under, for life (regime/RegimePin). Null for cases received
-- before the tables existed: their clocks read configuration as before.
alter table complaint add column regime varchar(32);
alter table complaint add column regime_table_id varchar(64);
alter table wb_report add column regime_table_id varchar(64);

-- Who deployed a regime table through the deployment gate (process/DeploymentGate → regime). A version
-- deployed by a person takes effect for new cases only once someone else approves it; a version the
-- service deploys itself at start (no person) is approved by shipping it.
create table regime_table_deployment (
    deployment_id   varchar(64)  not null,
    decision_key    varchar(64)  not null,
    deployed_by     varchar(255) not null,
    deployed_at     timestamp    not null,
    primary key (deployment_id, decision_key)
);

create table regime_table_approval (
    decision_definition_id  varchar(64)  primary key,
    decision_key            varchar(64)  not null,
    version                 integer      not null,
    approved_by             varchar(255) not null,
    approved_at             timestamp    not null
);
