package com.casedesk.complaint.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.casedesk.casefile.CaseEvent;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.LevelPolicy;
import com.casedesk.complaint.NotifiedDecisions;
import com.casedesk.complaint.UnmeasuredProcesses;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.complaint.notice.NoticeFailureProcess.Vars;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.TestNotificationGateway;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A decision notice whose channel is down ends as an incident (operators) and, at that moment and
 * long before the reply deadline, as an event and a task for the level's escalation group — once.
 * Driven through the real complaint-handling, so not a measured process test (NoticeFailureProcessTest
 * covers the escalation model).
 */
@PostgresTest
class NoticeIncidentTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired ComplaintIntake intake;
    @Autowired ComplaintRepository complaints;
    @Autowired CaseEventLog events;
    @Autowired LevelPolicy levelPolicy;
    @Autowired TestNotificationGateway gateway;

    NotifiedDecisions decisions;

    @BeforeEach
    void drivers() {
        AbstractAssertions.init(engine);
        UnmeasuredProcesses.allow(engine);
        gateway.setDown(false);
        decisions = new NotifiedDecisions(intake, runtimeService, taskService, managementService, identityService);
    }

    @AfterEach
    void channelsUpAndClockBack() {
        gateway.setDown(false);
        ClockUtil.reset();
    }

    @Test
    void aDecisionNoticeInAnIncidentEscalatesToTheLevelsEscalationGroupBeforeTheDeadlineOnce() {
        Instant start = Instant.parse("2026-12-01T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(start));
        String caseNumber = decisions.decided();
        ProcessInstance pi = decisions.instance(caseNumber);
        Complaint decided = complaints.getByCaseNumber(caseNumber);
        gateway.setDown(true);

        Job send = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(Elements.SEND_DECISION)
                .singleResult();
        for (int attempt = 1; attempt <= 4; attempt++) {
            fail(send);
            assertThat(escalations(caseNumber)).as("not before the last retry").isEmpty();
        }
        fail(send);

        // the incident for operators, as before
        assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult().getActivityId())
                .isEqualTo(Elements.SEND_DECISION);
        // and for the case: an event and a task for the level's escalation group, due before the reply deadline
        assertThat(eventsOf(caseNumber, "NOTICE_FAILED")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("处理结果告知").contains("is down"));
        ProcessInstance escalation = escalations(caseNumber).get(0);
        assertThat(escalation).isWaitingAt(NoticeFailureProcess.Elements.HANDLE);
        Task task = taskService.createTaskQuery().processInstanceId(escalation.getId()).singleResult();
        String group = levelPolicy.forLevel(decided.getLevel()).escalationGroup();
        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly(group);
        assertThat(task.getDueDate().toInstant()).isBeforeOrEqualTo(decided.getReplyDueBy())
                .isBeforeOrEqualTo(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1)));
        assertThat(escalation).variables().containsEntry(Vars.CASE_NUMBER.name(), caseNumber)
                .containsEntry(Vars.FAILED_ACTIVITY.name(), Elements.SEND_DECISION);

        // an operator retries while the channel is still down: a new incident, but no second escalation
        managementService.setJobRetries(send.getId(), 1);
        fail(send);
        assertThat(eventsOf(caseNumber, "NOTICE_FAILED")).hasSize(1);
        assertThat(escalations(caseNumber)).hasSize(1);

        // the escalation group tells the complainant another way and records what it did
        taskService.complete(task.getId(), withVariables(Vars.NOTE.name(), "已电话告知投诉人处理结果，渠道已报修。"));
        assertThat(escalation).isEnded().hasPassed(NoticeFailureProcess.Elements.HANDLED);
        assertThat(eventsOf(caseNumber, "SUPERVISION_RECORDED")).extracting(CaseEvent::detail)
                .anyMatch(d -> d.contains("告知失败处理：已电话告知"));

        // repaired: the notice goes out once and is proved
        gateway.setDown(false);
        managementService.setJobRetries(send.getId(), 1);
        managementService.executeJob(send.getId());
        assertThat(gateway.deliveredFor(caseNumber)).filteredOn(m -> m.purpose() == NoticePurpose.DECISION).hasSize(1);
        assertThat(pi).isWaitingAt(Elements.CALLBACK);
    }

    private void fail(Job job) {
        assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("is down");
    }

    private List<ProcessInstance> escalations(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(NoticeFailureProcess.KEY)
                .processInstanceBusinessKey(caseNumber).list();
    }

    private List<CaseEvent> eventsOf(String caseNumber, String type) {
        return events.history(caseNumber).stream().filter(e -> e.eventType().equals(type)).toList();
    }
}
