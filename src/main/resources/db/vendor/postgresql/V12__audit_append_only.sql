-- PostgreSQL only (H2, the demo database, has no V12): the audit tables are append-only in the
-- database itself, not only by the absence of an update path in the service. UPDATE, DELETE and
-- TRUNCATE fail for every role; the tables' owner (or a superuser) can still drop or disable the
-- triggers, so run the service as a role that owns neither (docs/security.md, Audit log).
create function casedesk_reject_audit_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'table % is append-only: % is not allowed', tg_table_name, tg_op
        using errcode = '42501';
end;
$$;

create trigger audit_log_append_only
    before update or delete on audit_log
    for each row execute function casedesk_reject_audit_change();
create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function casedesk_reject_audit_change();

create trigger wb_identity_reveal_append_only
    before update or delete on wb_identity_reveal
    for each row execute function casedesk_reject_audit_change();
create trigger wb_identity_reveal_no_truncate
    before truncate on wb_identity_reveal
    for each statement execute function casedesk_reject_audit_change();
