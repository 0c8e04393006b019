package com.casedesk.complaint.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.casedesk.casefile.CaseEvent;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.complaint.ClockPause;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintExtension;
import com.casedesk.complaint.ComplaintExtensionRepository;
import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.ComplaintSubmission;
import com.casedesk.complaint.actions.ComplaintActions;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.deadline.WorkingDayCalendar;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.OutboxMessage;
import com.casedesk.notification.OutboxRepository;
import com.casedesk.support.Complaints;
import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reply clock (令2020年第3号 Art. 18, 43) on PostgreSQL through the real actions and models: an
 * extension moves everything or nothing, the statute is watched beside the company target, pauses count
 * in whole days, reminders land on working days. Timers fire by executing their jobs with the engine clock set.
 * Not a *ProcessTest: it drives single elements, the model coverage is measured in ComplaintProcessTest.
 */
@PostgresTest
class StatutoryClockCaseTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired EngineDriver driver;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired RepositoryService repositoryService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired ComplaintIntake intake;
    @Autowired ComplaintRepository complaints;
    @Autowired ComplaintExtensionRepository extensions;
    @Autowired OutboxRepository outbox;
    @Autowired CaseEventLog events;
    @Autowired ComplaintActions actions;
    @Autowired StatutoryClock statutoryClock;
    @Autowired ClockHistory history;
    @Autowired com.casedesk.complaint.view.ComplaintLedger ledger;
    @Autowired WorkingDayCalendar calendar;

    @BeforeEach
    void useEngine() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void clockBack() {
        ClockUtil.reset();
    }

    @Test
    void anApprovedExtensionMovesTheStatuteTheReplyDateTheTasksAndTimersAndTheNoticeNamesTheNewDate() {
        at(2026, 11, 2, 9, 0);
        ProcessInstance pi = register(Complaints.ordinary());
        String caseNumber = pi.getBusinessKey();
        Instant original = complaints.getByCaseNumber(caseNumber).getStatutoryDueBy();
        statutoryClock.classifyComplex(caseNumber);

        driver.asApiUser("supervisor", () -> actions.requestExtension(caseNumber, "需等待监管部门协查结果"));
        ProcessInstance extension = extensionProcess(caseNumber);
        driver.as("executive", () -> taskService.complete(taskService.createTaskQuery().processInstanceId(extension.getId())
                .singleResult().getId(), withVariables("extensionApproved", "true", "approvalNote", "同意延期")));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(extension.getId()).singleResult().getId());

        Instant extended = local(2027, 1, 1);
        Complaint c = complaints.getByCaseNumber(caseNumber);
        assertThat(c.getStatutoryDueBy()).isEqualTo(extended);
        assertThat(c.getReplyDueBy()).isEqualTo(extended);
        assertThat(driver.task(pi, Elements.FRONTLINE_RESOLVE).getDueDate()).isEqualTo(Date.from(extended));
        assertThat(driver.job(pi, Elements.DEADLINE_TIMER).getDuedate()).isEqualTo(Date.from(extended));
        assertThat(driver.job(pi, Elements.STATUTORY_DEADLINE_TIMER).getDuedate()).isEqualTo(Date.from(extended));
        assertThat(runtimeService.getVariable(pi.getId(), "replyDueBy")).isEqualTo(Date.from(extended));
        assertThat(notice(caseNumber, NoticePurpose.EXTENSION).content()).contains("2027年1月1日");
        List<ClockHistory.Entry> entries = history.of(caseNumber);
        assertThat(entries).extracting(ClockHistory.Entry::kind)
                .containsSubsequence(ClockHistory.Kind.STARTED, ClockHistory.Kind.COMPLEX, ClockHistory.Kind.EXTENSION_GRANTED);
        assertThat(entries.get(0).statutoryDueBy()).isEqualTo(original);
        ClockHistory.Entry granted = entries.stream().filter(e -> e.kind() == ClockHistory.Kind.EXTENSION_GRANTED)
                .findFirst().orElseThrow();
        assertThat(granted.actor()).isEqualTo("supervisor");
        assertThat(granted.approver()).isEqualTo("executive");
        assertThat(granted.statutoryDueBy()).isEqualTo(extended);
        // the case view (GET /api/complaints/{caseNumber}) carries the same history
        assertThat(ledger.view(caseNumber).clockHistory()).extracting(ClockHistory.Entry::kind)
                .containsSubsequence(ClockHistory.Kind.STARTED, ClockHistory.Kind.COMPLEX, ClockHistory.Kind.EXTENSION_GRANTED);
    }

    @Test
    void anExtensionIsRefusedForASimpleCaseAndOnceTheStatutoryDeadlineHasPassed() {
        at(2026, 11, 2, 9, 0);
        String simple = register(Complaints.ordinary()).getBusinessKey();
        assertThatThrownBy(() -> actions.requestExtension(simple, "想多要时间")).isInstanceOf(ClockRuleViolation.class)
                .hasMessageContaining("第十八条");
        assertThat(extensions.findByCaseNumberOrderById(simple)).isEmpty();
        assertThat(extensionProcess(simple)).isNull();

        String late = register(Complaints.ordinary()).getBusinessKey();
        statutoryClock.classifyComplex(late);
        at(2026, 12, 3, 9, 0);
        assertThatThrownBy(() -> actions.requestExtension(late, "来不及了")).isInstanceOf(ClockRuleViolation.class)
                .hasMessageContaining("第十八条");
        assertThat(extensions.findByCaseNumberOrderById(late)).isEmpty();
    }

    @Test
    void anApprovalCompletedAfterTheStatutoryDeadlineIsRecordedAsLateAndMovesNothing() {
        at(2026, 11, 2, 9, 0);
        ProcessInstance pi = register(Complaints.ordinary());
        String caseNumber = pi.getBusinessKey();
        statutoryClock.classifyComplex(caseNumber);
        Instant statutory = complaints.getByCaseNumber(caseNumber).getStatutoryDueBy();
        driver.asApiUser("supervisor", () -> actions.requestExtension(caseNumber, "需等待第三方鉴定"));
        ProcessInstance extension = extensionProcess(caseNumber);

        at(2026, 12, 3, 9, 0);
        driver.as("executive", () -> taskService.complete(taskService.createTaskQuery().processInstanceId(extension.getId())
                .singleResult().getId(), withVariables("extensionApproved", "true", "approvalNote", "同意")));

        assertThat(extension).isEnded().hasPassed("EndEvent_NotExtended");
        Complaint c = complaints.getByCaseNumber(caseNumber);
        assertThat(c.getStatutoryDueBy()).isEqualTo(statutory);
        assertThat(c.isExtended()).isFalse();
        assertThat(extensions.findByCaseNumberOrderById(caseNumber)).extracting(ComplaintExtension::status)
                .containsExactly(ComplaintExtension.Status.REJECTED);
        assertThat(history.of(caseNumber)).extracting(ClockHistory.Entry::kind).contains(ClockHistory.Kind.EXTENSION_REFUSED);
        assertThat(outbox.findByCaseNumberOrderById(caseNumber)).extracting(OutboxMessage::purpose)
                .doesNotContain(NoticePurpose.EXTENSION);
    }

    @Test
    void theStatuteIsStillWatchedAfterTheEarlierCompanyTargetHasFiredAndItsBreachIsEscalated() {
        at(2026, 11, 2, 9, 0);
        ProcessInstance pi = register(Complaints.ordinary());
        String caseNumber = pi.getBusinessKey();
        Complaint c = complaints.getByCaseNumber(caseNumber);
        assertThat(c.getReplyDueBy()).isBefore(c.getStatutoryDueBy());

        at(2026, 11, 10, 9, 0);
        managementService.executeJob(driver.job(pi, Elements.DEADLINE_TIMER).getId());
        assertThat(driver.job(pi, Elements.STATUTORY_DEADLINE_TIMER).getDuedate()).isEqualTo(Date.from(c.getStatutoryDueBy()));
        assertThat(eventTypes(caseNumber)).doesNotContain("STATUTORY_DEADLINE_MISSED");

        at(2026, 11, 18, 0, 1);
        managementService.executeJob(driver.job(pi, Elements.STATUTORY_DEADLINE_TIMER).getId());

        assertThat(eventTypes(caseNumber)).contains("STATUTORY_DEADLINE_MISSED");
        Task breach = driver.task(pi, Elements.SUPERVISE_STATUTORY_BREACH);
        assertThat(driver.candidateGroups(breach)).containsExactly("complaint-supervisor");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
        taskService.complete(breach.getId(), withVariables("supervisionNote", "已责令当日答复并上报合规"));
        assertThat(pi).hasPassed(Elements.STATUTORY_BREACH_HANDLED).isWaitingAt(Elements.FRONTLINE_RESOLVE);
    }

    @Test
    void theStatutoryReminderWarnsOnlyWhenTheCompanyTargetIsEarlier() {
        at(2026, 11, 2, 9, 0);
        ProcessInstance pi = register(Complaints.ordinary());
        managementService.executeJob(driver.job(pi, Elements.STATUTORY_REMINDER_TIMER).getId());
        driver.executeJob(pi, Elements.REMIND_STATUTORY);
        assertThat(pi).hasPassed(Elements.STATUTORY_REMINDED);
        assertThat(outbox.findByCaseNumberOrderById(pi.getBusinessKey())).extracting(OutboxMessage::purpose)
                .contains(NoticePurpose.REMINDER);
    }

    @Test
    void aPauseOfThreeSecondsMovesNothing() {
        at(2026, 12, 4, 9, 0);
        ProcessInstance pi = register(Complaints.ordinary());
        Complaint before = complaints.getByCaseNumber(pi.getBusinessKey());

        actions.pause(pi.getBusinessKey(), ClockPause.Kind.MEDIATION, "双方同意调解");
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 4, 9, 0, 3, 0, SHANGHAI).toInstant()));
        actions.resume(pi.getBusinessKey());

        Complaint after = complaints.getByCaseNumber(pi.getBusinessKey());
        assertThat(after.getStatutoryDueBy()).isEqualTo(before.getStatutoryDueBy());
        assertThat(after.getReplyDueBy()).isEqualTo(before.getReplyDueBy());
        assertThat(driver.job(pi, Elements.DEADLINE_TIMER).getDuedate()).isEqualTo(Date.from(before.getReplyDueBy()));
        assertThat(history.of(pi.getBusinessKey())).filteredOn(e -> e.kind() == ClockHistory.Kind.RESUMED)
                .extracting(ClockHistory.Entry::days).containsExactly(0);
    }

    @Test
    void aSpringFestivalDeadlineHasItsRemindersOnWorkingDays() {
        // received Thursday 5 February 2026: the 15 days end on Friday 20 February, a 春节 day (not moved)
        at(2026, 2, 5, 10, 0);
        ProcessInstance pi = register(Complaints.with(com.casedesk.complaint.Channel.ONLINE, new BigDecimal("600000"), Set.of(), 1));
        Complaint c = complaints.getByCaseNumber(pi.getBusinessKey());
        assertThat(c.getReplyDueBy()).isEqualTo(local(2026, 2, 20));

        // three days before is 17 February, a holiday: the last working day before it, the make-up Saturday 14th
        Date reminder = driver.job(pi, Elements.REMINDER_TIMER).getDuedate();
        assertThat(reminder).isEqualTo(Date.from(local(2026, 2, 14)));
        assertThat(calendar.isWorkingDay(reminder.toInstant().atZone(SHANGHAI).toLocalDate())).isTrue();
        assertThat(driver.job(pi, Elements.STATUTORY_REMINDER_TIMER).getDuedate()).isEqualTo(reminder);
        assertThat(driver.job(pi, Elements.DEADLINE_TIMER).getDuedate()).isEqualTo(Date.from(local(2026, 2, 20)));
    }

    /** A case still running on version 6 keeps its calendar-offset reminder when its deadline moves. */
    @Test
    void aCaseOnVersion6KeepsItsReminderRuleWhenThePauseMovesItsDeadline() {
        at(2026, 11, 2, 9, 0);
        String caseNumber = register(Complaints.ordinary()).getBusinessKey();
        runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-handling")
                .processInstanceBusinessKey(caseNumber).list()
                .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "replaced by a version 6 instance"));
        Deployment v6 = repositoryService.createDeployment().name("complaint-handling version 6")
                .addClasspathResource("models/complaint-handling-v6.bpmn").deploy();
        try {
            String definition = repositoryService.createProcessDefinitionQuery().deploymentId(v6.getId())
                    .singleResult().getId();
            ProcessInstance old = runtimeService.createProcessInstanceById(definition).businessKey(caseNumber)
                    .setVariables(com.casedesk.complaint.ComplaintProcess.startVariables(complaints.getByCaseNumber(caseNumber))).execute();

            at(2026, 11, 3, 9, 0);
            actions.pause(caseNumber, ClockPause.Kind.EXTERNAL_APPRAISAL, "委托第三方鉴定");
            at(2026, 11, 6, 10, 0);
            actions.resume(caseNumber);

            // due Friday 6 November, Monday 9th after three whole days paused: version 6 keeps its own reminder
            // timer expression (three calendar days before: Friday 6th) and has no statutory timers
            assertThat(complaints.getByCaseNumber(caseNumber).getReplyDueBy()).isEqualTo(local(2026, 11, 9));
            assertThat(driver.job(old, Elements.REMINDER_TIMER).getDuedate()).isEqualTo(Date.from(local(2026, 11, 6)));
            assertThat(driver.job(old, Elements.STATUTORY_DEADLINE_TIMER)).isNull();
        } finally {
            repositoryService.deleteDeployment(v6.getId(), true);
        }
    }

    // --- helpers

    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI).toInstant()));
    }

    /** The end of a day in Beijing time, where the deadlines of Art. 18 end. */
    private static Instant local(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 23, 59, 59, 0, SHANGHAI).toInstant();
    }

    private ProcessInstance register(ComplaintSubmission submission) {
        String caseNumber = intake.register(submission, null, "test", "frontline").receipt().caseNumber();
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-handling")
                .processInstanceBusinessKey(caseNumber).singleResult();
        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        return pi;
    }

    private ProcessInstance extensionProcess(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-extension")
                .processInstanceBusinessKey(caseNumber).active().list().stream().findFirst().orElse(null);
    }

    private OutboxMessage notice(String caseNumber, NoticePurpose purpose) {
        return outbox.findByCaseNumberOrderById(caseNumber).stream().filter(m -> m.purpose() == purpose).findFirst()
                .orElseThrow(() -> new AssertionError("no " + purpose + " notice for " + caseNumber));
    }

    private List<String> eventTypes(String caseNumber) {
        return events.history(caseNumber).stream().map(CaseEvent::eventType).toList();
    }
}
