package com.casedesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.casedesk.notification.NoticeStaffAlertProcess.Elements;
import com.casedesk.notification.NoticeStaffAlertProcess.Vars;
import com.casedesk.support.PostgresTest;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestExecutionListeners;

/**
 * {@code notice-staff-alert} on its own (the escalations of the complaint and whistleblowing models that
 * start it, and the e-mails: {@link EscalationAlertEmailTest}): nothing is sent before its job runs; a
 * task gone by then is told to nobody and the process ends; a task the service cannot place in a case
 * is retried, then an incident naming it. Started here as {@link StaffAlerts} starts it, so that no
 * other model is measured with this one.
 */
@PostgresTest
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class NoticeStaffAlertProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired OutboxRepository outbox;

    @BeforeEach
    void assertions() {
        AbstractAssertions.init(engine);
    }

    @Test
    void aTaskGoneBeforeTheJobRunsEndsTheAlertWithNothingSent() {
        long before = outbox.count();
        ProcessInstance pi = alert(UUID.randomUUID().toString());
        assertThat(pi).isWaitingAt(Elements.SEND_ALERT).hasPassed(Elements.TASK_CREATED);

        managementService.executeJob(job(pi).getId());

        assertThat(pi).isEnded().hasPassedInOrder(Elements.TASK_CREATED, Elements.SEND_ALERT, Elements.ALERTED);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(outbox.count()).isEqualTo(before);
    }

    @Test
    void aTaskOfNoCaseIsRetriedThenAnIncidentThatNamesIt() {
        Task standalone = taskService.newTask();
        standalone.setName("独立任务 Standalone task");
        taskService.saveTask(standalone);
        taskService.addCandidateGroup(standalone.getId(), "complaint-supervisor");
        try {
            long before = outbox.count();
            ProcessInstance pi = alert(standalone.getId());
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count())
                        .as("no incident before the last retry").isZero();
                assertThatThrownBy(() -> managementService.executeJob(job(pi).getId()))
                        .hasMessageContaining("no case number");
            }
            Incident incident = runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
            assertThat(incident.getActivityId()).isEqualTo(Elements.SEND_ALERT);
            assertThat(incident.getIncidentMessage()).contains(standalone.getId());
            assertThat(outbox.count()).isEqualTo(before);
            runtimeService.deleteProcessInstance(pi.getId(), "test done");
        } finally {
            taskService.deleteTask(standalone.getId(), true);
        }
    }

    private ProcessInstance alert(String taskId) {
        return runtimeService.createProcessInstanceByKey(NoticeStaffAlertProcess.KEY)
                .setVariable(Vars.TASK_ID.name(), taskId).execute();
    }

    private Job job(ProcessInstance pi) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(Elements.SEND_ALERT)
                .singleResult();
    }
}
