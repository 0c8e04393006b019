package com.casedesk.process;

/**
 * The engine's own tables as the ledger's queries need them: SQL fragments that a ledger query embeds
 * where the answer must come from the same statement (a limit, an order or a group over both). Camunda
 * publishes these tables' schema but not as an API, so every table and column name of the engine that
 * the service's SQL uses is spelled here, and nowhere else, to be checked on an engine upgrade.
 * Tables the engine writes; nothing here changes them.
 */
public final class EngineTables {

    private EngineTables() {
    }

    /**
     * A condition: no execution of any process runs under the business key in {@code businessKeyColumn}
     * (a review, rectification or follow-up of the case still going).
     */
    public static String noRunningInstance(String businessKeyColumn) {
        return "not exists (select 1 from ACT_RU_EXECUTION x where x.BUSINESS_KEY_ = " + businessKeyColumn + ")";
    }

    /** A value: the name of the engine group whose id is in {@code groupIdColumn}, or null. */
    public static String groupName(String groupIdColumn) {
        return "(select max(g.NAME_) from ACT_ID_GROUP g where g.ID_ = " + groupIdColumn + ")";
    }

    /**
     * A value: the id of the latest instance, running or finished, of the process {@code definitionKey}
     * under the business key in {@code businessKeyColumn}, or null.
     */
    public static String latestProcessInstanceId(String businessKeyColumn, String definitionKey) {
        requireIdentifier(definitionKey);
        return "(select max(p.ID_) from ACT_HI_PROCINST p where p.BUSINESS_KEY_ = " + businessKeyColumn
                + " and p.PROC_DEF_KEY_ = '" + definitionKey + "')";
    }

    /**
     * A select with the columns {@code source, entry_id, occurred_at, actor, action, case_number, detail,
     * reason}: users, groups, memberships, tenants and authorizations changed in the Admin webapp or through
     * {@code /engine-rest} (the user operation log's category {@code Admin}), one row per changed property.
     */
    public static String adminOperations(String source) {
        requireIdentifier(source);
        return """
                select '%s' as source, o.ID_ as entry_id, cast(o.TIMESTAMP_ as timestamp with time zone) as occurred_at,
                       coalesce(o.USER_ID_, 'system') as actor,
                       'ADMIN_' || upper(o.OPERATION_TYPE_) || '_' || replace(upper(o.ENTITY_TYPE_), ' ', '_') as action,
                       cast(null as varchar(32)) as case_number,
                       coalesce(o.PROPERTY_ || ': ', '') || coalesce(o.ORG_VALUE_ || ' -> ', '') || coalesce(o.NEW_VALUE_, '')
                         as detail,
                       cast(null as varchar(1000)) as reason
                from ACT_HI_OP_LOG o
                where o.CATEGORY_ = 'Admin'
                """.formatted(source);
    }

    /**
     * An exists-subquery: the case whose number is in {@code caseNumberColumn} had a process instance, running or
     * finished, with a task that the user ({@code ?}, the first parameter) was involved in, or that had one of
     * {@code groupCount} groups (the next parameters) as candidate — what CaseAccess asks the history service case
     * by case ({@code taskInvolvedUser}, {@code taskHadCandidateGroup}). Correlated, so a search that has few
     * candidate rows probes each through the business key, task and identity-link indexes (a few rows each)
     * instead of collecting every case a group ever had: for a front-line group that is nearly every case
     * (issue 20: 15 s per search at 150,000 cases). PostgreSQL still hashes it when it must check every row.
     */
    public static String caseHadTaskInvolving(String caseNumberColumn, int groupCount) {
        String groups = groupCount == 0 ? ""
                : " or (l.TYPE_ = 'candidate' and l.GROUP_ID_ in (" + String.join(", ", java.util.Collections.nCopies(groupCount, "?")) + "))";
        return "exists (select 1 from ACT_HI_PROCINST p"
                + " join ACT_HI_TASKINST t on t.PROC_INST_ID_ = p.ID_"
                + " join ACT_HI_IDENTITYLINK l on l.TASK_ID_ = t.ID_"
                + " where p.BUSINESS_KEY_ = " + caseNumberColumn + " and (l.USER_ID_ = ?" + groups + "))";
    }

    /**
     * A select of business keys: every running process instance with an open task assigned to the user
     * ({@code ?}) — the keys of {@code taskService.createTaskQuery().taskAssignee(user)}, in the statement
     * that pages and counts the ledger. The runtime tables hold open tasks only; ACT_IDX_TASK_ASSIGNEE serves it.
     */
    public static String businessKeysOfOpenTasksAssignedTo() {
        return "select p.BUSINESS_KEY_ from ACT_RU_TASK t join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_"
                + " where t.ASSIGNEE_ = ?";
    }

    /**
     * A select of business keys: every running process instance with an open task that has one of
     * {@code groupCount} groups ({@code ?} each) as candidate, whether someone claimed it or not — unlike
     * {@code taskCandidateGroupIn}, which leaves claimed tasks out. ACT_IDX_IDENT_LNK_GROUP serves it.
     */
    public static String businessKeysOfOpenTasksOfferedTo(int groupCount) {
        String groups = groupCount == 0 ? "1 = 0"
                : "l.GROUP_ID_ in (" + String.join(", ", java.util.Collections.nCopies(groupCount, "?")) + ")";
        return "select p.BUSINESS_KEY_ from ACT_RU_IDENTITYLINK l"
                + " join ACT_RU_TASK t on t.ID_ = l.TASK_ID_"
                + " join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_"
                + " where l.TYPE_ = 'candidate' and " + groups;
    }

    /**
     * A select of the open user tasks, after the task id {@code ?} (keyset paging) and at most {@code ?}
     * of them in id order, whose process instance has a business key and that have no task-local variable
     * named {@code ?} (the middle parameter): columns {@code task_id, definition_id, business_key, due_date}.
     * ACT_RU_TASK's primary key pages it, ACT_IDX_VARIABLE_TASK_ID serves the check.
     */
    public static String openCaseTasksWithoutLocalVariable() {
        return "select t.ID_ as task_id, t.PROC_DEF_ID_ as definition_id, p.BUSINESS_KEY_ as business_key,"
                + " t.DUE_DATE_ as due_date from ACT_RU_TASK t join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_"
                + " where t.ID_ > ? and p.BUSINESS_KEY_ is not null"
                + " and not exists (select 1 from ACT_RU_VARIABLE v where v.TASK_ID_ = t.ID_ and v.NAME_ = ?)"
                + " order by t.ID_ limit ?";
    }

    /** Fragments are spliced into SQL: a key or label from Java must not bring quotes along. */
    private static void requireIdentifier(String value) {
        if (!value.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("not an identifier: " + value);
        }
    }

    /**
     * An index on the jobs' due date, for a what-if replay's throwaway database: its loop asks for the next due job
     * after every step that touched the engine, and the engine's schema has none (its job executor asks differently).
     */
    public static String jobDueDateIndex() {
        return "create index whatif_job_due on ACT_RU_JOB (DUEDATE_)";
    }

    /**
     * A value: the earliest due date of a job that can run (active, retries left), or null; what a what-if replay's
     * loop asks after every step that touched the engine, tens of thousands of times a run, where a job query
     * through the engine cost six times as much. Served by {@link #jobDueDateIndex}.
     */
    public static String nextJobDueDate() {
        return "select min(DUEDATE_) from ACT_RU_JOB where RETRIES_ > 0 and SUSPENSION_STATE_ = 1";
    }

    /** A value: the business key of the process instance with the id given as the parameter (none: no row). */
    public static String businessKeyOfInstance() {
        return "select BUSINESS_KEY_ from ACT_RU_EXECUTION where ID_ = ? and ID_ = PROC_INST_ID_";
    }

    /**
     * Rows: the jobs that can run (active, retries left) due before the timestamp given as the parameter, with
     * the columns {@code id, due date, process instance id, process definition key, job definition id}; a what-if
     * replay's loop reads them after every step and executes each through the engine.
     */
    public static String jobsDueBefore() {
        return "select ID_, DUEDATE_, PROCESS_INSTANCE_ID_, PROCESS_DEF_KEY_, JOB_DEF_ID_ from ACT_RU_JOB"
                + " where RETRIES_ > 0 and SUSPENSION_STATE_ = 1 and DUEDATE_ < ?";
    }

    /**
     * Rows {@code key, id, version}: the latest version without a tenant of each decision key given as the
     * {@code keys} parameters, as the engine's decision definition query with {@code latestVersion()} finds it.
     */
    public static String latestDecisionDefinitions(int keys) {
        if (keys < 1) {
            throw new IllegalArgumentException("no decision key");
        }
        return "select d.KEY_, d.ID_, d.VERSION_ from ACT_RE_DECISION_DEF d where d.TENANT_ID_ is null and d.KEY_ in ("
                + String.join(", ", java.util.Collections.nCopies(keys, "?")) + ") and d.VERSION_ = (select max(x.VERSION_)"
                + " from ACT_RE_DECISION_DEF x where x.KEY_ = d.KEY_ and x.TENANT_ID_ is null)";
    }
}
