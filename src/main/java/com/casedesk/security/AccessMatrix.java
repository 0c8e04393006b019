package com.casedesk.security;

import static com.casedesk.security.StaffGroups.COMPLIANCE;
import static com.casedesk.security.StaffGroups.LEADERSHIP;
import static com.casedesk.security.StaffGroups.MANAGER;
import static com.casedesk.security.StaffGroups.PROCESS_OWNER;
import static com.casedesk.security.StaffGroups.SENIOR_MANAGEMENT;
import static com.casedesk.security.StaffGroups.SUPERVISOR;
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
            "complaint-department");
    public static final String WHISTLEBLOWING_PROCESS = "whistleblowing-handling";
    /** Every whistleblowing model: only the whistleblowing groups see them. */
    public static final List<String> WHISTLEBLOWING_PROCESSES = List.of(WHISTLEBLOWING_PROCESS, "wb-notice-failure");

    /**
     * Technical models that serve every case type and have no user task (the redelivery of a notice
     * whose channel failed, the e-mail alert of an escalation task): operators and compliance read them in Cockpit, nobody works on them.
     */
    public static final List<String> NOTICE_PROCESSES = List.of("notice-redelivery", "notice-staff-alert");

    /** Tasklist filters everybody may use, and the one for those who follow every Level 1 case. */
    public static final List<String> SHARED_FILTERS = List.of("我的任务", "本组待办", "已逾期");
    public static final String LEVEL_1_FILTER = "一级投诉进度";

    public static final List<String> COMPLAINT_STAFF = List.of(StaffGroups.FRONTLINE, SUPERVISOR, LEADERSHIP,
            StaffGroups.REVIEW, SENIOR_MANAGEMENT, StaffGroups.DEPT_CLAIMS, StaffGroups.DEPT_UNDERWRITING,
            StaffGroups.DEPT_SALES, StaffGroups.DEPT_OPERATIONS);
    public static final List<String> WHISTLEBLOWING_STAFF = List.of(WB_INTAKE, WB_INVESTIGATOR, WB_COMMITTEE,
            WB_CUSTODIAN);
    /** Read every complaint (Cockpit, ledger), change nothing. */
    public static final List<String> COMPLAINT_OVERSIGHT = List.of(MANAGER, COMPLIANCE);
    public static final List<String> ALL_STAFF = Stream.of(COMPLAINT_STAFF, WHISTLEBLOWING_STAFF,
            COMPLAINT_OVERSIGHT, List.of(PROCESS_OWNER)).flatMap(List::stream).toList();

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
        // the leadership group and the department heads supervise every complaint's open work
        for (String group : List.of(LEADERSHIP, SUPERVISOR)) {
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
        // and see them in Cockpit; cases stay out of reach
        grants.add(grant(PROCESS_OWNER, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
        grants.add(grant(PROCESS_OWNER, Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ,
                Permissions.DELETE));
        grants.add(grant(PROCESS_OWNER, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ));
        grants.add(grant(PROCESS_OWNER, Resources.DECISION_DEFINITION, "*", Permissions.READ));
        grants.add(grant(PROCESS_OWNER, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ));
        // owners move the running cases of the processes they own to a new version (process/MigrationGuard
        // decides which plans), also as a batch
        ProcessOwners.keysOwnedBy(PROCESS_OWNER).forEach(key -> grants.add(grant(PROCESS_OWNER,
                Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.MIGRATE_INSTANCE)));
        grants.add(grant(PROCESS_OWNER, Resources.BATCH, "*", BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES));
        return grants;
    }

    private static Grant grant(String group, Resource resource, String resourceId, Permission... permissions) {
        return new Grant(group, resource, resourceId, List.of(permissions));
    }
}
