package com.casedesk.complaint.stuck;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.clock.ComplaintClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.casedesk.casefile.CaseEvent;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.casefile.CaseNumbers;
import com.casedesk.complaint.stuck.StuckCaseProcess.Elements;
import com.casedesk.complaint.stuck.StuckCaseProcess.Vars;
import com.casedesk.security.StaffGroups;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.StaffAlertJobs;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * Stuck cases on PostgreSQL: the sweep's timer start job is executed explicitly with the engine clock
 * set, nothing waits. Cases are written to the ledger directly (no complaint-handling instance, which
 * this class does not measure). The test database is shared, so the sweep also finds other tests'
 * idle cases: every assertion is about this class's own case numbers.
 */
@PostgresTest
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class StuckCaseProcessTest {

    /** Real time, to the second: every "now" of these tests is relative to it, and none is in the future. */
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

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
    @Autowired CaseEventLog events;
    @Autowired StuckCases stuckCases;

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
    void aCaseWithNoProgressGetsOneExceptionTaskForTheSupervisors() {
        assertThat(stuckCases.stuckAfter()).isEqualTo(Duration.ofDays(3));
        String caseNumber = idleCase(daysAgo(10));

        Instant sweptAt = daysAgo(6);
        sweep(sweptAt);

        ProcessInstance pi = singleException(caseNumber);
        assertThat(pi).isWaitingAt(Elements.HANDLE_EXCEPTION);
        assertThat(pi).variables().containsEntry(Vars.CASE_NUMBER.name(), caseNumber).containsEntry(Vars.LEVEL.name(), 2)
                .containsEntry(Vars.STUCK_FOR.name(), "3天");
        Task task = task(pi);
        assertThat(driver.candidateGroups(task)).containsExactly(StaffGroups.SUPERVISOR);
        assertThat(task.getDueDate()).isEqualTo(Date.from(sweptAt.plus(Duration.ofDays(1))));
        assertThat(driver.deployedForm(task)).contains("\"id\": \"complaint-exception\"").contains(Vars.EXCEPTION_NOTE.name())
                .contains(Vars.CASE_NUMBER.name()).contains(Vars.LEVEL.name());
        assertThat(events.history(caseNumber)).filteredOn(e -> e.eventType().equals("EXCEPTION_RAISED"))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(CaseEventLog.SYSTEM);
                    assertThat(e.occurredAt()).isEqualTo(sweptAt);
                    assertThat(e.detail()).contains("案件停滞超过 3天 未有处理进展");
                });
    }

    @Test
    void aLaterSweepOpensNoSecondExceptionWhileTheFirstIsOpen() {
        String caseNumber = idleCase(daysAgo(10));
        sweep(daysAgo(6));
        ProcessInstance first = singleException(caseNumber);

        // six days later the case is idle again (the exception's own events are older than 3 days),
        // but its exception is still open
        ClockUtil.setCurrentTime(Date.from(NOW));
        assertThat(stuckCases.find()).extracting(StuckCases.StuckCase::caseNumber).contains(caseNumber);
        sweep(NOW);

        assertThat(singleException(caseNumber).getId()).isEqualTo(first.getId());
        assertThat(eventTypes(caseNumber)).containsOnlyOnce("EXCEPTION_RAISED");
    }

    @Test
    void recentPausedAndClosedCasesGetNone() {
        String idle = idleCase(daysAgo(10));
        String recent = idleCase(daysAgo(10));
        ClockUtil.setCurrentTime(Date.from(daysAgo(1)));
        events.append(recent, CaseEventLog.SYSTEM, CaseEventType.FINDINGS_RECORDED, "调查进行中");
        String paused = idleCase(daysAgo(10), c -> c.pause(daysAgo(9)));
        String closed = idleCase(daysAgo(10), c -> c.close(daysAgo(9)));
        String withdrawn = idleCase(daysAgo(10), c -> c.withdraw(daysAgo(9), "投诉人撤回"));

        sweep(NOW);

        assertThat(exceptions(idle)).hasSize(1);
        assertThat(exceptions(recent)).isEmpty();
        assertThat(exceptions(paused)).isEmpty();
        assertThat(exceptions(closed)).isEmpty();
        assertThat(exceptions(withdrawn)).isEmpty();
        assertThat(eventTypes(recent)).doesNotContain("EXCEPTION_RAISED");
    }

    @Test
    void theSupervisorsNoteIsRecordedWhenTheTaskIsCompleted() {
        String caseNumber = idleCase(daysAgo(10));
        sweep(daysAgo(5));
        ProcessInstance pi = singleException(caseNumber);
        String taskId = task(pi).getId();

        assertThatThrownBy(() -> taskService.complete(taskId, withVariables(Vars.EXCEPTION_NOTE.name(), "  ")))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining(Vars.EXCEPTION_NOTE.name());
        assertThat(pi).isWaitingAt(Elements.HANDLE_EXCEPTION);

        identityService.setAuthentication("supervisor", List.of(StaffGroups.SUPERVISOR));
        taskService.complete(taskId, withVariables(Vars.EXCEPTION_NOTE.name(), "处理组人员休假，已改派并要求两日内答复"));
        identityService.clearAuthentication();

        assertThat(pi).isEnded().hasPassed(Elements.EXCEPTION_RAISED, Elements.HANDLE_EXCEPTION,
                Elements.EXCEPTION_HANDLED);
        assertThat(events.history(caseNumber)).filteredOn(e -> e.eventType().equals("SUPERVISION_RECORDED"))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("supervisor");
                    assertThat(e.detail()).contains("处理组人员休假，已改派并要求两日内答复");
                });
    }

    // --- helpers

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private String idleCase(Instant receivedAt) {
        return idleCase(receivedAt, c -> { });
    }

    /**
     * A graded Level 2 case received at {@code receivedAt}, with its RECEIVED event then and nothing
     * since: written to the ledger directly, without a complaint-handling instance.
     */
    private String idleCase(Instant receivedAt, java.util.function.Consumer<Complaint> change) {
        ClockUtil.setCurrentTime(Date.from(receivedAt));
        String caseNumber = caseNumbers.next(receivedAt);
        Complaint complaint = Complaint.register(caseNumber, Complaints.ordinary(), receivedAt,
                complaintClock.replyDueBy(receivedAt), "frontline");
        complaint.applyGrade(2, "测试", StaffGroups.SUPERVISOR, false);
        change.accept(complaint);
        complaints.save(complaint);
        events.append(caseNumber, CaseEventLog.SYSTEM, CaseEventType.RECEIVED, "测试案件");
        ClockUtil.reset();
        return caseNumber;
    }

    /** Runs the sweep as the engine would: its timer start job, executed with the clock at {@code at}. */
    private void sweep(Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        Job timer = managementService.createJobQuery().processDefinitionKey(StuckCaseProcess.SWEEP_KEY)
                .timers().singleResult();
        assertThat(timer).as("the sweep's timer start job").isNotNull();
        managementService.executeJob(timer.getId());
        // the cycle goes on: the next sweep is scheduled
        assertThat(managementService.createJobQuery().processDefinitionKey(StuckCaseProcess.SWEEP_KEY)
                .timers().singleResult().getId()).isNotEqualTo(timer.getId());
    }

    private List<ProcessInstance> exceptions(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(StuckCaseProcess.EXCEPTION_KEY)
                .processInstanceBusinessKey(caseNumber).list();
    }

    private ProcessInstance singleException(String caseNumber) {
        List<ProcessInstance> found = exceptions(caseNumber);
        assertThat(found).as("exceptions of " + caseNumber).hasSize(1);
        return found.get(0);
    }

    private Task task(ProcessInstance pi) {
        return taskService.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(Elements.HANDLE_EXCEPTION).singleResult();
    }

    private List<String> eventTypes(String caseNumber) {
        return events.history(caseNumber).stream().map(CaseEvent::eventType).toList();
    }
}
