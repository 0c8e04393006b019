package com.casedesk.rectification;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.clock.ComplaintClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.casedesk.casefile.CaseEvent;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseNumbers;
import com.casedesk.rectification.RectificationProcess.Elements;
import com.casedesk.rectification.RectificationProcess.Vars;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.OutboxMessage;
import com.casedesk.notification.OutboxRepository;
import com.casedesk.security.StaffGroups;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.StaffAlertJobs;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
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
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Every path of {@code complaint-rectification} on PostgreSQL, through the real service, listeners
 * and ledger. Jobs (the async reminder and the timers) are executed explicitly; nothing waits on the clock.
 */
@PostgresTest
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class RectificationProcessTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired com.casedesk.support.EngineDriver driver;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired FormService formService;
    @Autowired ComplaintRepository complaints;
    @Autowired @Qualifier(CaseNumbers.COMPLAINTS) CaseNumbers caseNumbers;
    @Autowired ComplaintClock complaintClock;
    @Autowired Rectifications rectifications;
    @Autowired RectificationActionRepository actions;
    @Autowired OutboxRepository outbox;
    @Autowired CaseEventLog events;

    @BeforeEach
    void useEngine() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void restore() {
        // the escalation tasks' alerts (notice-staff-alert): measured whole, see StaffAlertJobs
        StaffAlertJobs.sendPending(managementService);
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    @Test
    void theOwnerCarriesOutTheActionAndTheLedgerRecordsItDone() {
        String caseNumber = registerComplaint();
        RectificationAction action = rectifications.open(caseNumber, StaffGroups.DEPT_CLAIMS, "claims",
                "修订理赔材料补正告知流程", inDays(30));
        ProcessInstance pi = instanceOf(action);

        assertThat(pi).isWaitingAt(Elements.RECTIFY);
        assertThat(pi).variables().containsEntry(Vars.RECTIFICATION_ID.name(), action.getId())
                .containsEntry(Vars.CASE_NUMBER.name(), caseNumber).containsEntry(Vars.DEPARTMENT.name(), "dept-claims")
                .containsEntry(Vars.DESCRIPTION.name(), "修订理赔材料补正告知流程")
                .containsEntry(Vars.DEADLINE.name(), endOfDay(inDays(30)))
                .containsEntry(Vars.DEADLINE_DAY.name(), inDays(30).toString());
        assertThat(pi.getBusinessKey()).isEqualTo(caseNumber);
        Task rectify = driver.task(pi, Elements.RECTIFY);
        assertThat(rectify.getDueDate()).isEqualTo(endOfDay(inDays(30)));
        assertThat(driver.deployedForm(rectify)).contains("\"id\": \"complaint-rectification\"").contains(Vars.RESULT_NOTE.name())
                .contains(Vars.DEADLINE_DAY.name());
        assertThat(actions.getById(action.getId()).getStatus()).isEqualTo(RectificationStatus.OPEN);
        assertThat(eventTypes(caseNumber)).contains("RECTIFICATION_OPENED");

        identityService.setAuthentication("claims", List.of(StaffGroups.DEPT_CLAIMS));
        taskService.complete(rectify.getId(), withVariables(Vars.RESULT_NOTE.name(), "流程已修订并培训到位"));
        identityService.clearAuthentication();

        assertThat(pi).isEnded().hasPassed(Elements.DONE).hasNotPassed(Elements.REMIND, Elements.SUPERVISE);
        RectificationAction done = actions.getById(action.getId());
        assertThat(done.getStatus()).isEqualTo(RectificationStatus.DONE);
        assertThat(done.getCompletedBy()).isEqualTo("claims");
        assertThat(done.getCompletedAt()).isNotNull();
        assertThat(done.getResultNote()).isEqualTo("流程已修订并培训到位");
        assertThat(events.history(caseNumber)).filteredOn(e -> e.eventType().equals("RECTIFICATION_DONE"))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("claims");
                    assertThat(e.detail()).contains("#" + action.getId()).contains("流程已修订并培训到位");
                });
        assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void anActionWithoutAResultIsRefusedAndStaysOpen() {
        RectificationAction action = rectifications.open(registerComplaint(), StaffGroups.DEPT_SALES, null,
                "销售话术整改", inDays(10));
        ProcessInstance pi = instanceOf(action);
        String taskId = driver.task(pi, Elements.RECTIFY).getId();

        assertThatThrownBy(() -> taskService.complete(taskId, withVariables(Vars.RESULT_NOTE.name(), "  ")))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining(Vars.RESULT_NOTE.name());

        assertThat(pi).isWaitingAt(Elements.RECTIFY);
        assertThat(actions.getById(action.getId()).getStatus()).isEqualTo(RectificationStatus.OPEN);
    }

    @Test
    void theOwnerIsRemindedBeforeTheDeadlineWhileTheActionStaysOpen() {
        String caseNumber = registerComplaint();
        RectificationAction action = rectifications.open(caseNumber, StaffGroups.DEPT_CLAIMS, "claims",
                "补充理赔时效提示", inDays(30));
        ProcessInstance pi = instanceOf(action);
        Job reminder = driver.job(pi, Elements.REMINDER_TIMER);
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(endOfDay(inDays(30)).toInstant().minus(Duration.ofDays(3))));

        managementService.executeJob(reminder.getId());
        driver.executeJob(pi, Elements.REMIND);

        assertThat(pi).hasPassed(Elements.REMINDED).isWaitingAt(Elements.RECTIFY);
        OutboxMessage notice = notice(caseNumber);
        assertThat(notice.channel()).isEqualTo(NotificationChannel.INTERNAL);
        assertThat(notice.recipient()).isEqualTo("claims");
        assertThat(notice.sentAt()).isNotNull();
        assertThat(notice.content()).contains(caseNumber).contains("#" + action.getId()).contains("补充理赔时效提示");
        assertThat(actions.getById(action.getId()).getReminderCount()).isEqualTo(1);
        assertThat(eventTypes(caseNumber)).contains("RECTIFICATION_REMINDER_SENT");
    }

    @Test
    void anOverdueActionGoesToTheSupervisorsAgainEveryPeriodUntilDone() {
        String caseNumber = registerComplaint();
        RectificationAction action = rectifications.open(caseNumber, StaffGroups.DEPT_OPERATIONS, null,
                "柜面服务流程整改", inDays(5));
        ProcessInstance pi = instanceOf(action);
        Date deadline = endOfDay(inDays(5));
        Job overdue = driver.job(pi, Elements.OVERDUE_TIMER);
        assertThat(overdue.getDuedate()).isEqualTo(deadline);

        ClockUtil.setCurrentTime(new Date(deadline.getTime() + Duration.ofMinutes(1).toMillis()));
        managementService.executeJob(overdue.getId());

        assertThat(pi).isWaitingAt(Elements.RECTIFY, Elements.SUPERVISE);
        Task supervise = driver.task(pi, Elements.SUPERVISE);
        assertThat(driver.candidateGroups(supervise)).containsExactly(StaffGroups.SUPERVISOR);
        assertThat(supervise.getDueDate()).isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1))));
        assertThat(driver.deployedForm(supervise)).contains("\"id\": \"complaint-rectification-escalation\"")
                .contains(Vars.SUPERVISION_NOTE.name());
        assertThat(actions.getById(action.getId()).getEscalationCount()).isEqualTo(1);
        assertThat(eventTypes(caseNumber)).contains("RECTIFICATION_ESCALATED");
        // the timer repeats: a week later the supervisors are asked again
        assertThat(driver.job(pi, Elements.OVERDUE_TIMER).getDuedate())
                .isEqualTo(new Date(deadline.getTime() + Duration.ofDays(7).toMillis()));

        identityService.setAuthentication("supervisor", List.of(StaffGroups.SUPERVISOR));
        taskService.complete(supervise.getId(), withVariables(Vars.SUPERVISION_NOTE.name(), "已约谈运营部负责人，三日内完成"));
        identityService.clearAuthentication();

        assertThat(pi).hasPassed(Elements.SUPERVISED).isWaitingAt(Elements.RECTIFY);
        assertThat(events.history(caseNumber)).filteredOn(e -> e.eventType().equals("SUPERVISION_RECORDED"))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("supervisor");
                    assertThat(e.detail()).contains("#" + action.getId()).contains("已约谈运营部负责人，三日内完成");
                });

        ClockUtil.setCurrentTime(new Date(deadline.getTime() + Duration.ofDays(7).toMillis() + 1000));
        driver.executeJob(pi, Elements.OVERDUE_TIMER);
        assertThat(actions.getById(action.getId()).getEscalationCount()).isEqualTo(2);
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(Elements.SUPERVISE).count()).isOne();

        taskService.complete(driver.task(pi, Elements.RECTIFY).getId(), withVariables(Vars.RESULT_NOTE.name(), "已完成整改"));

        // done ends the reminders and the open escalation with it
        assertThat(pi).isEnded().hasPassed(Elements.DONE);
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(actions.getById(action.getId()).getStatus()).isEqualTo(RectificationStatus.DONE);
    }

    @Test
    void aNamedOwnerIsAssignedTheTaskAndOtherwiseTheDepartmentClaimsIt() {
        String caseNumber = registerComplaint();

        RectificationAction owned = rectifications.open(caseNumber, StaffGroups.DEPT_CLAIMS, "claims", "理赔时效整改",
                inDays(20));
        RectificationAction unowned = rectifications.open(caseNumber, StaffGroups.DEPT_UNDERWRITING, null,
                "核保告知整改", inDays(20));

        Task ownedTask = driver.task(instanceOf(owned), Elements.RECTIFY);
        assertThat(ownedTask.getAssignee()).isEqualTo("claims");
        assertThat(driver.candidateGroups(ownedTask)).containsExactly(StaffGroups.DEPT_CLAIMS);
        Task unownedTask = driver.task(instanceOf(unowned), Elements.RECTIFY);
        assertThat(unownedTask.getAssignee()).isNull();
        assertThat(driver.candidateGroups(unownedTask)).containsExactly(StaffGroups.DEPT_UNDERWRITING);

        // with nobody named, the reminder goes to the department
        ProcessInstance pi = instanceOf(unowned);
        driver.executeJob(pi, Elements.REMINDER_TIMER);
        driver.executeJob(pi, Elements.REMIND);
        assertThat(notice(caseNumber).recipient()).isEqualTo(StaffGroups.DEPT_UNDERWRITING);
    }

    @Test
    void twoActionsOnOneCaseRunIndependently() {
        String caseNumber = registerComplaint();
        RectificationAction first = rectifications.open(caseNumber, StaffGroups.DEPT_CLAIMS, "claims", "理赔整改",
                inDays(15));
        RectificationAction second = rectifications.open(caseNumber, StaffGroups.DEPT_SALES, "sales", "销售整改",
                inDays(15));
        ProcessInstance firstPi = instanceOf(first);
        ProcessInstance secondPi = instanceOf(second);
        assertThat(firstPi.getId()).isNotEqualTo(secondPi.getId());

        taskService.complete(driver.task(firstPi, Elements.RECTIFY).getId(), withVariables(Vars.RESULT_NOTE.name(), "理赔已整改"));
        driver.executeJob(secondPi, Elements.OVERDUE_TIMER);

        assertThat(firstPi).isEnded();
        assertThat(secondPi).isWaitingAt(Elements.RECTIFY, Elements.SUPERVISE);
        assertThat(actions.findByCaseNumberOrderById(caseNumber))
                .extracting(RectificationAction::getStatus, RectificationAction::getEscalationCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RectificationStatus.DONE, 0),
                        org.assertj.core.groups.Tuple.tuple(RectificationStatus.OPEN, 1));
    }

    // --- helpers

    /**
     * A case in the ledger, without its complaint-handling instance: the coverage gate measures every
     * model a process test class touches, and this class covers only complaint-rectification.
     */
    private String registerComplaint() {
        Instant now = complaintClock.now();
        String caseNumber = caseNumbers.next(now);
        complaints.save(Complaint.register(caseNumber, Complaints.ordinary(), now, complaintClock.replyDueBy(now),
                "frontline"));
        return caseNumber;
    }

    private static LocalDate inDays(int days) {
        return LocalDate.now(ZONE).plusDays(days);
    }

    private static Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(ZONE).toInstant());
    }

    private ProcessInstance instanceOf(RectificationAction action) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(RectificationProcess.KEY)
                .variableValueEquals(Vars.RECTIFICATION_ID.name(), action.getId()).singleResult();
    }

    private OutboxMessage notice(String caseNumber) {
        return outbox.findByCaseNumberOrderById(caseNumber).stream()
                .filter(m -> m.purpose() == NoticePurpose.RECTIFICATION).findFirst()
                .orElseThrow(() -> new AssertionError("no rectification notice for " + caseNumber));
    }

    private List<String> eventTypes(String caseNumber) {
        return events.history(caseNumber).stream().map(CaseEvent::eventType).toList();
    }
}
