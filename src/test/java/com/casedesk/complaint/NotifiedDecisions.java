package com.casedesk.complaint;

import com.casedesk.complaint.intake.ComplaintIntake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.support.Complaints;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Drives a complaint through the real complaint-handling process until its decision notice is sent,
 * the point from which a 核查 review can be requested. Shared by the review tests.
 */
public final class NotifiedDecisions {

    /** Who decides in these tests; the review's four-eyes rule keeps this user off the review. */
    public static final String DECIDER = "supervisor";

    private final ComplaintIntake intake;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;

    public NotifiedDecisions(ComplaintIntake intake, RuntimeService runtimeService, TaskService taskService,
                      ManagementService managementService, IdentityService identityService) {
        this.intake = intake;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
    }

    /** A complaint without a decision yet, waiting at the front line's 现场处理 (Level 3). */
    public String registered() {
        return intake.register(Complaints.ordinary(), null, "test", "frontline").receipt().caseNumber();
    }

    /** A complaint decided by {@link #DECIDER} (partially upheld) whose decision notice has been sent. */
    public String noticeSent() {
        String caseNumber = decided();
        executeJob(instance(caseNumber), Elements.SEND_DECISION);
        return caseNumber;
    }

    /** A complaint decided by {@link #DECIDER} (partially upheld), its decision notice job waiting. */
    public String decided() {
        String caseNumber = registered();
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(ComplaintProcess.KEY).singleResult();
        executeJob(pi, Elements.ACKNOWLEDGE);
        taskService.complete(taskId(pi, Elements.FRONTLINE_RESOLVE), withVariables(Vars.RESOLVED_ON_SPOT.name(), "false"));
        taskService.complete(taskId(pi, Elements.INVESTIGATE), withVariables(
                Vars.FINDINGS.name(), "理赔材料已于11月1日补齐，审核超期。", Vars.ROOT_CAUSE.name(), "RULES_AND_PROCEDURES"));
        // a department head deciding a Level 3 case with the front line (its candidate group)
        identityService.setAuthentication(DECIDER, List.of("complaint-supervisor", "complaint-frontline"));
        try {
            taskService.complete(taskId(pi, Elements.DECIDE), withVariables(
                    Vars.RESULT.name(), "PARTIALLY_UPHELD", Vars.RESOLUTION.name(), "依据保险合同第5条，赔付已核定部分。",
                    Vars.COMPENSATION_AMOUNT.name(), 3000.0));
        } finally {
            identityService.clearAuthentication();
        }
        return caseNumber;
    }

    public ProcessInstance instance(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(ComplaintProcess.KEY).singleResult();
    }

    private String taskId(ProcessInstance pi, String activityId) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId)
                .singleResult().getId();
    }

    private void executeJob(ProcessInstance pi, String activityId) {
        Job job = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
        assertThat(job).as("job at " + activityId).isNotNull();
        managementService.executeJob(job.getId());
    }
}
