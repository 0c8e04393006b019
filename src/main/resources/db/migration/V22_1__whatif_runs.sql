-- What-if runs requested by process owners (issue 19, whatif/jobs): POST /api/whatif or Cockpit 模型推演.
-- Each run is one child JVM started by the node that took the request (column node); the candidate files
-- and the child's log stay in that node's work folder (work_dir), the reports are copied into this table
-- when the run is DONE, so every node can serve them and a cleaned work folder loses nothing that was
-- promised. Portable between PostgreSQL and H2 (bytea exists in both; "year" is a keyword in H2).
create table whatif_run (
    id              varchar(36)   primary key,
    requested_by    varchar(255)  not null,
    requested_at    timestamp with time zone not null,
    -- the client's Idempotency-Key (per requester) and a hash of what was asked: a retry returns the run
    idempotency_key varchar(100),
    request_hash    varchar(64)   not null,
    -- QUEUED, RUNNING, DONE, FAILED
    status          varchar(16)   not null,
    node            varchar(255)  not null,
    sim_year        integer       not null,
    case_count      integer       not null,
    seed            bigint        not null,
    seed_count      integer       not null,
    -- JSON: [{"name", "sha256", "keys": [..]}], the candidate files as uploaded
    candidates      varchar(20000) not null,
    -- the model keys the candidate files define, comma-separated (who may read the run)
    model_keys      varchar(4000) not null,
    staffing_sha256 varchar(64),
    arrivals_sha256 varchar(64),
    work_dir        varchar(1000) not null,
    started_at      timestamp with time zone,
    ended_at        timestamp with time zone,
    exit_code       integer,
    message         varchar(2000),
    report_json     bytea,
    report_html     bytea,
    constraint uq_whatif_run_idempotency unique (requested_by, idempotency_key)
);

create index ix_whatif_run_requested_at on whatif_run (requested_at);
create index ix_whatif_run_status on whatif_run (status);
