package com.casedesk.security;

import static com.casedesk.security.StaffGroups.COMPLIANCE;
import static com.casedesk.security.StaffGroups.LEADERSHIP;
import static com.casedesk.security.StaffGroups.MANAGER;
import static com.casedesk.security.StaffGroups.PROCESS_OWNER;
import static com.casedesk.security.StaffGroups.SENIOR_MANAGEMENT;
import static com.casedesk.security.StaffGroups.SUPERVISOR;
import static com.casedesk.security.StaffGroups.WB_PROCESS_OWNER;
import static com.casedesk.security.StaffGroups.WB_COMMITTEE;
import static com.casedesk.security.StaffGroups.WB_CUSTODIAN;
import static com.casedesk.security.StaffGroups.WB_INTAKE;
import static com.casedesk.security.StaffGroups.WB_INVESTIGATOR;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY_VARIABLE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK_VARIABLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * The role matrix (docs/security.md): what each group may use in the engine, the webapps and the
 * engine REST API. Everything not granted here is refused; a task's candidates and assignee get
 * their own rights on that task from the engine (TASK_WORK, READ, READ_VARIABLE, and READ on its
 * history), which is how front-line staff see the tasks of their groups and nothing else.
 *
 * <p>Whistleblowing is walled off: only the whistleblowing groups hold any right on
 * {@code whistleblowing-handling}, and only its committee sees every report's instance and history.
 */
public final class AccessMatrix {

    public static final List<String> COMPLAINT_PROCESSES = List.of("complaint-handling", "complaint-extension",
            "complaint-notice", "complaint-review", "complaint-rectification", "complaint-stuck-sweep",
            "complaint-exception", "complaint-notice-failure", "complaint-repeat-review",
            // letters (书面告知) are complaint notices: the front line posts them (candidate group of the task)
            "notice-letter");
    public static final List<String> COMPLAINT_DECISIONS = List.of("complaint-grading", "complaint-level-policy",
            "complaint-department", "complaint-periods", "complaint-thresholds");
    public static final String WHISTLEBLOWING_PROCESS = "whistleblowing-handling";
    /** Every whistleblowing model: only the whistleblowing groups see them. */
    public static final List<String> WHISTLEBLOWING_PROCESSES = List.of(WHISTLEBLOWING_PROCESS, "wb-notice-failure");

    /**
     * Technical models that serve every case type and have no user task (the redelivery of a notice
     * whose channel failed, the e-mail alert of an escalation task): operators and compliance read them in Cockpit, nobody works on them.
     */
    public static final List<String> NOTICE_PROCESSES = List.of("notice-redelivery", "notice-staff-alert");

    /** Tasklist filters everybody may use, and the one for those who follow every Level 1 case. */
    public static final List<String> SHARED_FILTERS = List.of("我的任务", "本组待办", "已逾期", "即将到期");
    public static final String LEVEL_1_FILTER = "一级投诉进度";
    /** The supervisors handle and escalate Level 2 complaints; the leadership and managers follow them. */
    public static final String LEVEL_2_FILTER = "二级投诉进度";

    public static final List<String> COMPLAINT_STAFF = List.of(StaffGroups.FRONTLINE, SUPERVISOR, LEADERSHIP,
            StaffGroups.REVIEW, SENIOR_MANAGEMENT, StaffGroups.DEPT_CLAIMS, StaffGroups.DEPT_UNDERWRITING,
            StaffGroups.DEPT_SALES, StaffGroups.DEPT_OPERATIONS);
    public static final List<String> WHISTLEBLOWING_STAFF = List.of(WB_INTAKE, WB_INVESTIGATOR, WB_COMMITTEE,
            WB_CUSTODIAN);
    /** Read every complaint (Cockpit, ledger), change nothing. */
    /** Follow every complaint's open tasks (READ_TASK, READ_TASK_VARIABLE), whoever holds them. */
    public static final List<String> COMPLAINT_TASK_FOLLOWERS = List.of(LEADERSHIP, SUPERVISOR);
    public static final List<String> COMPLAINT_OVERSIGHT = List.of(MANAGER, COMPLIANCE);
    public static final List<String> ALL_STAFF = Stream.of(COMPLAINT_STAFF, WHISTLEBLOWING_STAFF,
            COMPLAINT_OVERSIGHT, List.of(PROCESS_OWNER, WB_PROCESS_OWNER)).flatMap(List::stream).toList();

    /** The statutory tables (regime/Regime): compliance co-owns them, and approves every new version. */
    public static final List<String> COMPLAINT_REGIMES = List.of("regime-cn-2020-3", "regime-uk-disp");
    public static final List<String> WHISTLEBLOWING_REGIMES = List.of("regime-cn-wb", "regime-eu-2019-1937");

    /**
     * Who owns which model (issue 18): the groups that may deploy a new version of a process, decision
     * or form key, see its deployments ({@code GET /api/models/changes}) and its drift. Exact keys first,
     * then key prefixes (a new complaint model named {@code complaint-…} is the complaint owners'). A key
     * matched by neither is unassigned: any owner may deploy it and every owner sees it. Administrators
     * ({@link StaffGroups#ADMIN}) own every model. Change ownership here, not in the Admin webapp.
     */
    public static final Map<String, List<String>> MODEL_OWNERS = Map.of(
            "regime-cn-2020-3", List.of(PROCESS_OWNER, COMPLIANCE),
            "regime-uk-disp", List.of(PROCESS_OWNER, COMPLIANCE),
            "regime-cn-wb", List.of(WB_PROCESS_OWNER, COMPLIANCE),
            "regime-eu-2019-1937", List.of(WB_PROCESS_OWNER, COMPLIANCE),
            // the retention sweep anonymizes every case type: a developer's change, not an owner's
            "retention-sweep", List.of(StaffGroups.ADMIN));
    public static final Map<String, String> MODEL_OWNER_PREFIXES = Map.of(
            "complaint-", PROCESS_OWNER,
            "notice-", PROCESS_OWNER,
            "whistleblowing-", WB_PROCESS_OWNER,
            "wb-", WB_PROCESS_OWNER);
    /** The groups that deploy models (DEPLOYMENT CREATE); compliance only co-owns the statutory tables. */
    public static final List<String> MODEL_OWNER_GROUPS = List.of(PROCESS_OWNER, WB_PROCESS_OWNER);

    /** The groups that own a model key; empty: unassigned. */
    public static List<String> ownersOf(String key) {
        List<String> exact = MODEL_OWNERS.get(key);
        if (exact != null) {
            return exact;
        }
        return MODEL_OWNER_PREFIXES.entrySet().stream().filter(e -> key.startsWith(e.getKey()))
                .map(Map.Entry::getValue).distinct().toList();
    }

    /** One grant: the group may do these things to this resource ("*" = every resource of its type). */
    public record Grant(String group, Resource resource, String resourceId, List<Permission> permissions) {
    }

    private static final Permission[] READ_EVERY_CASE = {ProcessDefinitionPermissions.READ, READ_INSTANCE,
            ProcessDefinitionPermissions.READ_HISTORY, READ_TASK, READ_INSTANCE_VARIABLE, READ_HISTORY_VARIABLE,
            READ_TASK_VARIABLE};

    private AccessMatrix() {
    }

    public static List<Grant> grants() {
        var grants = new ArrayList<Grant>();
        for (String group : ALL_STAFF) {
            // Tasklist and the welcome page (own profile, password) for everyone; user and group names
            // so Tasklist can show who holds a task
            grants.add(grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS));
            grants.add(grant(group, Resources.APPLICATION, "welcome", Permissions.ACCESS));
            grants.add(grant(group, Resources.USER, "*", Permissions.READ));
            grants.add(grant(group, Resources.GROUP, "*", Permissions.READ));
            SHARED_FILTERS.forEach(filter -> grants.add(grant(group, Resources.FILTER, filter, Permissions.READ)));
        }
        // the models themselves (not their cases), so Tasklist can name the process of a task
        for (String group : COMPLAINT_STAFF) {
            COMPLAINT_PROCESSES.forEach(key -> grants.add(grant(group, Resources.PROCESS_DEFINITION, key,
                    ProcessDefinitionPermissions.READ)));
        }
        for (String group : WHISTLEBLOWING_STAFF) {
            WHISTLEBLOWING_PROCESSES.forEach(key -> grants.add(grant(group, Resources.PROCESS_DEFINITION, key,
                    ProcessDefinitionPermissions.READ)));
        }
        // 002 §5: the leadership group follows every open Level 1 case (filter 一级投诉进度)
        for (String group : List.of(LEADERSHIP, SENIOR_MANAGEMENT, SUPERVISOR, MANAGER)) {
            grants.add(grant(group, Resources.FILTER, LEVEL_1_FILTER, Permissions.READ));
        }
        for (String group : List.of(SUPERVISOR, LEADERSHIP, MANAGER)) {
            grants.add(grant(group, Resources.FILTER, LEVEL_2_FILTER, Permissions.READ));
        }
        // the leadership group and the department heads supervise every complaint's open work
        // (and read the Tasklist card of each task: TaskCards grants READ_VARIABLE on the task itself)
        for (String group : COMPLAINT_TASK_FOLLOWERS) {
            COMPLAINT_PROCESSES.forEach(key -> grants.add(grant(group, Resources.PROCESS_DEFINITION, key,
                    READ_TASK, READ_TASK_VARIABLE)));
        }
        // managers and compliance: Cockpit, read-only, every complaint; never a whistleblowing case
        for (String group : COMPLAINT_OVERSIGHT) {
            grants.add(grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
            COMPLAINT_PROCESSES.forEach(key -> grants.add(grant(group, Resources.PROCESS_DEFINITION, key,
                    READ_EVERY_CASE)));
            NOTICE_PROCESSES.forEach(key -> grants.add(grant(group, Resources.PROCESS_DEFINITION, key,
                    READ_EVERY_CASE)));
            COMPLAINT_DECISIONS.forEach(key -> grants.add(grant(group, Resources.DECISION_DEFINITION, key,
                    Permissions.READ, Permissions.READ_HISTORY)));
            grants.add(grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ));
        }
        // the whistleblowing committee oversees every report (decisions are theirs to approve)
        grants.add(grant(WB_COMMITTEE, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
        WHISTLEBLOWING_PROCESSES.forEach(key -> grants.add(grant(WB_COMMITTEE, Resources.PROCESS_DEFINITION, key,
                READ_EVERY_CASE)));
        // the report's summary calls complaint-rectification (call activity): the committee may read the
        // model it calls, e.g. from the report's call activity in Cockpit; no rectification case
        grants.add(grant(WB_COMMITTEE, Resources.PROCESS_DEFINITION, "complaint-rectification",
                ProcessDefinitionPermissions.READ));
        // process owners revise and deploy models (Camunda Modeler → /engine-rest/deployment/create)
        // and see the models they own in Cockpit; cases stay out of reach. process/DeploymentLedger refuses
        // a model of a key the person's groups do not own; a deployment has no key or id before
        // it exists, so CREATE is on "*"; the engine grants the deploying person READ and DELETE on their own
        // deployment (another owner's, or the release's, is out of reach: a cascading delete removes cases)
        for (String owner : MODEL_OWNER_GROUPS) {
            grants.add(grant(owner, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
            grants.add(grant(owner, Resources.DEPLOYMENT, "*", Permissions.CREATE));
            grants.add(grant(owner, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ));
        }
        Stream.of(COMPLAINT_PROCESSES, NOTICE_PROCESSES, WHISTLEBLOWING_PROCESSES).flatMap(List::stream)
                .forEach(key -> ownersOf(key).stream().filter(MODEL_OWNER_GROUPS::contains).forEach(owner ->
                        grants.add(grant(owner, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ))));
        Stream.of(COMPLAINT_DECISIONS, COMPLAINT_REGIMES, WHISTLEBLOWING_REGIMES).flatMap(List::stream)
                .forEach(key -> ownersOf(key).stream().filter(MODEL_OWNER_GROUPS::contains).forEach(owner ->
                        grants.add(grant(owner, Resources.DECISION_DEFINITION, key, Permissions.READ))));
        // owners move the running cases of the processes they own to a new version (process/MigrationGuard
        // decides which plans), also as a batch
        for (String owner : MODEL_OWNER_GROUPS) {
            ProcessOwners.keysOwnedBy(owner).forEach(key -> grants.add(grant(owner, Resources.PROCESS_DEFINITION, key,
                    ProcessDefinitionPermissions.MIGRATE_INSTANCE)));
            grants.add(grant(owner, Resources.BATCH, "*", BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES));
        }
        return grants;
    }

    /**
     * Permissions earlier releases granted and this one takes back (EngineAuthorizations removes them at
     * start): before issue 18 one process-owner group read and deleted every deployment and read every
     * definition, the whistleblowing models included.
     */
    public static List<Grant> withdrawn() {
        return List.of(
                grant(PROCESS_OWNER, Resources.DEPLOYMENT, "*", Permissions.READ, Permissions.DELETE),
                grant(PROCESS_OWNER, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ),
                grant(PROCESS_OWNER, Resources.DECISION_DEFINITION, "*", Permissions.READ));
    }

    private static Grant grant(String group, Resource resource, String resourceId, Permission... permissions) {
        return new Grant(group, resource, resourceId, List.of(permissions));
    }
}
