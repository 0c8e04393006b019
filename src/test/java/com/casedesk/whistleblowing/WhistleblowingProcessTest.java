package com.casedesk.whistleblowing;

import com.casedesk.process.TaskInputRefused;
import com.casedesk.process.TaskRuleViolation;
import com.casedesk.process.VariableNotAllowedException;
import com.casedesk.rectification.RectificationProcess;
import com.casedesk.security.StaffGroups;
import org.camunda.bpm.engine.AuthorizationException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.casedesk.casefile.CaseEvent;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.OutboxRepository;
import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import com.casedesk.whistleblowing.WbProcess.Elements;
import com.casedesk.whistleblowing.WbProcess.Vars;
import com.casedesk.whistleblowing.WbProperties.Regime;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import com.casedesk.process.StateRuleViolation;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Every path of {@code whistleblowing-handling} on PostgreSQL, started as the intake starts it (report
 * number as business key, five variables, no identity). Jobs run explicitly; the clock is moved, never waited on.
 * The regime tests register through the intake and flip the installation's switch on the running clock bean, as
 * an operator would by changing application.yaml and restarting.
 */
@PostgresTest
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class WhistleblowingProcessTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String INTAKE = "wb-intake";
    private static final String INVESTIGATOR = "wb-investigator";
    private static final String INVESTIGATOR2 = "wb-investigator2";
    private static final String COMMITTEE = "wb-committee";
    private static final String COMMITTEE2 = "wb-committee2";

    @Autowired EngineDriver driver;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired RecordingReporterChannel reporter;
    @Autowired CaseEventLog events;
    @Autowired InvolvedPersons involved;
    @Autowired OutboxRepository outbox;
    @Autowired ReportIntake intake;
    @Autowired WbClock wbClock;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    /** The installation's configuration; the regime tests flip its switch on the running clock bean. */
    private WbProperties configured;

    @BeforeEach
    void fixedClock() {
        AbstractAssertions.init(engine);
        configured = (WbProperties) ReflectionTestUtils.getField(wbClock, "properties");
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 2, 10, 0, 0, 0, SHANGHAI).toInstant()));
    }

    @AfterEach
    void clockBack() {
        reporter.setDown(false);
        ReflectionTestUtils.setField(wbClock, "properties", configured);
        ClockUtil.reset();
    }

    @Test
    void refusedReportIsToldTheRedactedReasonAndEnds() {
        ProcessInstance pi = start(false);
        String number = pi.getBusinessKey();
        assertThat(pi).isWaitingAt(Elements.ACKNOWLEDGE, Elements.ASSESS);
        Task assess = driver.task(pi, Elements.ASSESS);
        assertThat(driver.candidateGroups(assess)).containsExactly("whistleblowing-intake");
        assertThat(assess.getDueDate()).isEqualTo(endOfDay(2026, 11, 17));
        assertThat(driver.deployedForm(assess)).contains("\"id\": \"wb-assess\"").contains("\"key\": \"pseudonym\"");

        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        assertThat(reporter.messagesTo(number)).singleElement().asString().contains(number).contains("2026-11-17");

        // a refusal needs its reason code
        assertThatThrownBy(() -> complete(pi, Elements.ASSESS, INTAKE, Map.of(Vars.AUTHENTICITY.name(), "CREDIBLE",
                Vars.URGENCY.name(), "NORMAL", Vars.ADMISSIBILITY.name(), "REFUSED"))).isInstanceOf(TaskInputRefused.class)
                .hasMessageContaining(Vars.REFUSAL_REASON.name());
        // what is not credible is not admitted
        assertThatThrownBy(() -> complete(pi, Elements.ASSESS, INTAKE, Map.of(Vars.AUTHENTICITY.name(), "NOT_CREDIBLE",
                Vars.URGENCY.name(), "NORMAL", Vars.ADMISSIBILITY.name(), "ADMITTED"))).isInstanceOf(TaskInputRefused.class);
        complete(pi, Elements.ASSESS, INTAKE, Map.of(Vars.AUTHENTICITY.name(), "UNCERTAIN", Vars.URGENCY.name(), "NORMAL",
                Vars.ADMISSIBILITY.name(), "REFUSED", Vars.REFUSAL_REASON.name(), "BEFORE_COURT_OR_AUTHORITY",
                Vars.ASSESSMENT_NOTE.name(), "已由法院受理"));

        driver.executeJob(pi, Elements.TELL_REFUSAL);
        assertThat(pi).isEnded().hasPassed(Elements.REFUSED);
        assertThat(reporter.messagesTo(number)).last().asString().contains("不予受理")
                .contains(AdmissibilityRefusal.BEFORE_COURT_OR_AUTHORITY.wording()).doesNotContain("已由法院受理");
        assertThat(eventTypes(number)).containsSubsequence("REPORTER_TOLD", "ADMISSIBILITY_DECIDED", "REPORTER_TOLD");
    }

    @Test
    void supplementRequestedThenReceivedPausesTheClockAndTheAnonymousCaseRunsToNoViolation() {
        ProcessInstance pi = start(true);
        String number = pi.getBusinessKey();
        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        assertThatThrownBy(() -> complete(pi, Elements.ASSESS, INTAKE, Map.of(Vars.AUTHENTICITY.name(), "CREDIBLE",
                Vars.URGENCY.name(), "URGENT", Vars.ADMISSIBILITY.name(), "SUPPLEMENT"))).isInstanceOf(TaskInputRefused.class);
        complete(pi, Elements.ASSESS, INTAKE, Map.of(Vars.AUTHENTICITY.name(), "CREDIBLE", Vars.URGENCY.name(), "URGENT",
                Vars.ADMISSIBILITY.name(), "SUPPLEMENT", Vars.SUPPLEMENT_REQUEST.name(), "请提供转账记录的日期和金额"));
        driver.executeJob(pi, Elements.REQUEST_SUPPLEMENT);
        assertThat(reporter.messagesTo(number)).last().asString().contains("请提供转账记录的日期和金额").contains("2026-12-02");
        assertThat(pi).isWaitingAt("Gateway_AwaitSupplement");
        assertThat(driver.job(pi, Elements.SUPPLEMENT_TIMEOUT)).isNotNull();

        moveClock(Duration.ofDays(5));
        runtimeService.createMessageCorrelation(WbProcess.SUPPLEMENT_RECEIVED).processInstanceBusinessKey(number).correlate();
        assertThat(pi).hasPassed(Elements.RESUME_CLOCK).isWaitingAt(Elements.ASSESS);
        // five days waited: the 15-day clock resumes five days later
        assertThat(driver.task(pi, Elements.ASSESS).getDueDate())
                .isEqualTo(Date.from(endOfDay(2026, 11, 17).toInstant().plus(Duration.ofDays(5))));

        admit(pi);
        driver.executeJob(pi, Elements.TELL_ACCEPTANCE);
        assertThat(reporter.messagesTo(number)).last().asString().contains("已受理");
        Task investigate = driver.task(pi, Elements.INVESTIGATE);
        assertThat(driver.candidateGroups(investigate)).containsExactly("whistleblowing-investigator");
        // accepted on 2026-11-07: the opinion is due 60 days later
        assertThat(investigate.getDueDate()).isEqualTo(endOfDay(2027, 1, 6));

        opinion(pi, INVESTIGATOR);
        decide(pi, COMMITTEE, "NO_VIOLATION");
        driver.executeJob(pi, Elements.FEEDBACK);
        assertThat(reporter.messagesTo(number)).last().asString().contains("经调查未发现违规");
        summary(pi);
        assertThat(pi).isEnded().hasPassed(Elements.CLOSED_ANONYMOUS).hasNotPassed(Elements.PROTECTION_DUE, Elements.REFER);
        assertThat(eventTypes(number)).containsSubsequence("SUPPLEMENT_REQUESTED", "CLOCK_RESUMED", "ADMISSIBILITY_DECIDED",
                "INVESTIGATION_OPINION", "COMMITTEE_DECISION", "REPORTER_TOLD", "IMPROVEMENT_RECORDED", "CLOSED")
                .doesNotContain("PROTECTION_CHECK");
    }

    @Test
    void supplementThatNeverArrivesEndsTheCaseAsNotAdmissible() {
        ProcessInstance pi = start(false);
        String number = pi.getBusinessKey();
        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        complete(pi, Elements.ASSESS, INTAKE, Map.of(Vars.AUTHENTICITY.name(), "UNCERTAIN", Vars.URGENCY.name(), "NORMAL",
                Vars.ADMISSIBILITY.name(), "SUPPLEMENT", Vars.SUPPLEMENT_REQUEST.name(), "请说明被举报人的具体行为"));
        // the mailbox is down: the request is retried, nothing is recorded as sent
        reporter.setDown(true);
        assertThatThrownBy(() -> driver.executeJob(pi, Elements.REQUEST_SUPPLEMENT)).isInstanceOf(IllegalStateException.class);
        assertThat(eventTypes(number)).doesNotContain("SUPPLEMENT_REQUESTED");
        reporter.setDown(false);
        driver.executeJob(pi, Elements.REQUEST_SUPPLEMENT);

        assertThat(driver.job(pi, Elements.SUPPLEMENT_TIMEOUT).getDuedate())
                .isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(30))));
        driver.executeJob(pi, Elements.SUPPLEMENT_TIMEOUT);
        driver.executeJob(pi, Elements.SUPPLEMENT_TIMED_OUT);
        assertThat(pi).isEnded().hasPassed("EndEvent_SupplementTimedOut").hasNotPassed(Elements.RESUME_CLOCK);
        assertThat(pi).variables().containsEntry(Vars.REFUSAL_REASON.name(), "NO_SPECIFIC_FACTS");
        assertThat(reporter.messagesTo(number)).last().asString().contains("逾期未收到");
    }

    @Test
    void realNameCaseRunsThroughExtensionsConflictReferralFeedbackSummaryAndProtectionCheck() {
        ProcessInstance pi = start(false);
        String number = pi.getBusinessKey();
        involved.register(number, "wb-custodian", "named in the report");
        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        admit(pi);
        driver.executeJob(pi, Elements.TELL_ACCEPTANCE);
        Date due = driver.task(pi, Elements.INVESTIGATE).getDueDate();
        assertThat(due).isEqualTo(endOfDay(2027, 1, 1));

        // independent assignment: a person named in the report gets no task of the case
        // (here one who is also an investigator: the task is hidden from them, and cannot be given to them)
        String investigate = driver.task(pi, Elements.INVESTIGATE).getId();
        assertThatThrownBy(() -> driver.asMemberOf("wb-custodian", List.of(StaffGroups.WB_INVESTIGATOR),
                () -> taskService.claim(investigate, "wb-custodian"))).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.setAssignee(investigate, "wb-custodian"))
                .isInstanceOf(TaskRuleViolation.class).hasMessageContaining("独立性");

        // extension approved by the committee, never by the requester
        complete(pi, Elements.INVESTIGATE, INVESTIGATOR, Map.of(Vars.INVESTIGATION_OUTCOME.name(), "EXTENSION",
                Vars.EXTENSION_DAYS.name(), "20", Vars.EXTENSION_REASON.name(), "需调取外部银行流水"));
        Task approve = driver.task(pi, Elements.APPROVE_EXTENSION);
        assertThat(driver.candidateGroups(approve)).containsExactly("whistleblowing-committee");
        assertThatThrownBy(() -> claim(pi, Elements.APPROVE_EXTENSION, INVESTIGATOR)).isInstanceOf(AuthorizationException.class);
        // even an investigator who also sits on the committee may not approve their own request
        List<String> bothGroups = List.of(StaffGroups.WB_INVESTIGATOR, StaffGroups.WB_COMMITTEE);
        assertThatThrownBy(() -> driver.asMemberOf(INVESTIGATOR, bothGroups, () -> taskService.claim(approve.getId(), INVESTIGATOR)))
                .isInstanceOf(TaskRuleViolation.class).hasMessageContaining("四眼原则");
        assertThatThrownBy(() -> driver.asMemberOf(INVESTIGATOR, bothGroups, () -> taskService.complete(approve.getId(),
                Map.of(Vars.EXTENSION_APPROVED.name(), "true", Vars.APPROVAL_NOTE.name(), "自己批准")))).isInstanceOf(TaskRuleViolation.class);
        complete(pi, Elements.APPROVE_EXTENSION, COMMITTEE, Map.of(Vars.EXTENSION_APPROVED.name(), "true", Vars.APPROVAL_NOTE.name(), "同意"));
        assertThat(driver.task(pi, Elements.INVESTIGATE).getDueDate()).isEqualTo(Date.from(due.toInstant().plus(Duration.ofDays(20))));

        // at most 30 days in all; a refused extension leaves the due date alone
        assertThatThrownBy(() -> complete(pi, Elements.INVESTIGATE, INVESTIGATOR, Map.of(Vars.INVESTIGATION_OUTCOME.name(), "EXTENSION",
                Vars.EXTENSION_DAYS.name(), "11", Vars.EXTENSION_REASON.name(), "仍需时间"))).isInstanceOf(TaskInputRefused.class)
                .hasMessageContaining("between 1 and 10");
        complete(pi, Elements.INVESTIGATE, INVESTIGATOR, Map.of(Vars.INVESTIGATION_OUTCOME.name(), "EXTENSION",
                Vars.EXTENSION_DAYS.name(), "10", Vars.EXTENSION_REASON.name(), "仍需时间"));
        complete(pi, Elements.APPROVE_EXTENSION, COMMITTEE2, Map.of(Vars.EXTENSION_APPROVED.name(), "false", Vars.APPROVAL_NOTE.name(), "证据已足够"));
        assertThat(driver.task(pi, Elements.INVESTIGATE).getDueDate()).isEqualTo(Date.from(due.toInstant().plus(Duration.ofDays(20))));

        // a declared conflict: the investigator steps aside and cannot take the task back
        complete(pi, Elements.INVESTIGATE, INVESTIGATOR2, Map.of(Vars.INVESTIGATION_OUTCOME.name(), "CONFLICT",
                Vars.CONFLICT_NOTE.name(), "与被举报人为同学"));
        assertThat(involved.isInvolved(number, INVESTIGATOR2)).isTrue();
        assertThatThrownBy(() -> claim(pi, Elements.INVESTIGATE, INVESTIGATOR2)).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.setAssignee(driver.task(pi, Elements.INVESTIGATE).getId(), INVESTIGATOR2))
                .isInstanceOf(TaskRuleViolation.class);

        opinion(pi, INVESTIGATOR);
        // never decided by the investigator alone
        assertThatThrownBy(() -> claim(pi, Elements.DECIDE, INVESTIGATOR)).isInstanceOf(AuthorizationException.class);
        String decideTask = driver.task(pi, Elements.DECIDE).getId();
        assertThatThrownBy(() -> driver.asMemberOf(INVESTIGATOR, List.of(StaffGroups.WB_INVESTIGATOR, StaffGroups.WB_COMMITTEE),
                () -> taskService.claim(decideTask, INVESTIGATOR))).isInstanceOf(TaskRuleViolation.class)
                .hasMessageContaining("四眼原则");
        decide(pi, COMMITTEE, "LEGAL_REFERRAL");
        Task refer = driver.task(pi, Elements.REFER);
        assertThat(driver.candidateGroups(refer)).containsExactly("whistleblowing-committee");
        complete(pi, Elements.REFER, COMMITTEE, Map.of(Vars.REFERRAL_AUTHORITY.name(), "国家金融监督管理总局某监管局",
                Vars.REFERRAL_NOTE.name(), "已移送并取得回执"));
        driver.executeJob(pi, Elements.FEEDBACK);
        summary(pi);

        assertThat(pi).isWaitingAt(Elements.PROTECTION_DUE);
        Date closedAt = (Date) runtimeService.getVariable(pi.getId(), Vars.CLOSED_AT.name());
        assertThat(driver.job(pi, Elements.PROTECTION_DUE).getDuedate())
                .isEqualTo(Date.from(closedAt.toInstant().atZone(SHANGHAI).toLocalDate().plusDays(180)
                        .atTime(23, 59, 59).atZone(SHANGHAI).toInstant()));
        driver.executeJob(pi, Elements.PROTECTION_DUE);
        Task check = driver.task(pi, Elements.PROTECTION_CHECK);
        assertThat(driver.candidateGroups(check)).containsExactly("whistleblowing-committee");
        complete(pi, Elements.PROTECTION_CHECK, COMMITTEE2, Map.of(Vars.RETALIATION_RISK.name(), "LOW",
                Vars.PROTECTION_NOTE.name(), "岗位未变动，已提示其直属上级不得打击报复"));
        assertThat(pi).isEnded().hasPassed(Elements.REFER, Elements.PROTECTED);
        assertThat(eventTypes(number)).containsSubsequence("ADMISSIBILITY_DECIDED", "EXTENSION_REQUESTED", "EXTENSION_APPROVED",
                "EXTENSION_REQUESTED", "EXTENSION_REJECTED", "CONFLICT_DECLARED", "INVESTIGATION_OPINION", "COMMITTEE_DECISION",
                "REFERRED_TO_AUTHORITY", "REPORTER_TOLD", "IMPROVEMENT_RECORDED", "CLOSED", "PROTECTION_CHECK");
        assertThat(runtimeServiceHistoryOf(pi)).containsEntry(Vars.DECIDED_BY.name(), COMMITTEE).containsEntry(Vars.INVESTIGATOR.name(), INVESTIGATOR);
    }

    @Test
    void reminderBeforeAndEscalationAtTheDeadlineLeaveTheInvestigationOpenThenInternalDiscipline() {
        ProcessInstance pi = start(false);
        String number = pi.getBusinessKey();
        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        admit(pi);
        driver.executeJob(pi, Elements.TELL_ACCEPTANCE);
        Date due = driver.task(pi, Elements.INVESTIGATE).getDueDate();
        assertThat(driver.job(pi, Elements.REMINDER).getDuedate()).isEqualTo(Date.from(due.toInstant().minus(Duration.ofDays(7))));
        assertThat(driver.job(pi, Elements.OVERDUE).getDuedate()).isEqualTo(due);

        driver.executeJob(pi, Elements.REMINDER);
        driver.executeJob(pi, Elements.REMIND);
        assertThat(outbox.findAll()).anySatisfy(m -> {
            assertThat(m.caseNumber()).isEqualTo(number);
            assertThat(m.purpose()).isEqualTo(NoticePurpose.REMINDER);
            assertThat(m.recipient()).isEqualTo("whistleblowing-investigator");
        });
        driver.executeJob(pi, Elements.OVERDUE);
        assertThat(pi).isWaitingAt(Elements.INVESTIGATE, Elements.ESCALATE);
        // checked before the command since issue 17 (a 400 naming the field on REST), no longer the listener's exception
        assertThatThrownBy(() -> complete(pi, Elements.ESCALATE, COMMITTEE, Map.of())).isInstanceOf(TaskInputRefused.class)
                .hasMessageContaining(Vars.ESCALATION_NOTE.name());
        complete(pi, Elements.ESCALATE, COMMITTEE, Map.of(Vars.ESCALATION_NOTE.name(), "要求三日内提交意见"));

        opinion(pi, INVESTIGATOR);
        assertThatThrownBy(() -> complete(pi, Elements.DECIDE, COMMITTEE, Map.of(Vars.DECISION.name(), "INTERNAL_DISCIPLINE",
                Vars.DECISION_REASON.name(), "违反内部规定"))).isInstanceOf(TaskInputRefused.class)
                .hasMessageContaining(Vars.FEEDBACK_TEXT.name());
        decide(pi, COMMITTEE2, "INTERNAL_DISCIPLINE");
        driver.executeJob(pi, Elements.FEEDBACK);
        summary(pi);
        driver.executeJob(pi, Elements.PROTECTION_DUE);
        complete(pi, Elements.PROTECTION_CHECK, COMMITTEE, Map.of(Vars.RETALIATION_RISK.name(), "NONE", Vars.PROTECTION_NOTE.name(), "未发现"));
        assertThat(pi).isEnded().hasPassed(Elements.REMIND, Elements.ESCALATE, Elements.PROTECTED).hasNotPassed(Elements.REFER);
        assertThat(eventTypes(number)).contains("REMINDER_SENT", "ESCALATED");
    }

    @Test
    void theSummarysImprovementActionsRunAsCalledRectificationsAndTheReportEndsWhenTheyAreDone() {
        String number = "JB20261102" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        ProcessInstance pi = runtimeService.createProcessInstanceByKey(WbProcess.KEY).businessKey(number)
                .setVariable(Vars.REPORT_NUMBER.name(), number).setVariable(Vars.PSEUDONYM.name(), "举报人-" + number.substring(10))
                .setVariable(Vars.ANONYMOUS.name(), true).startBeforeActivity(Elements.SUMMARY).execute();
        Map<String, Object> summary = new HashMap<>(Map.of(Vars.ROOT_CAUSE.name(), "审批权限集中", Vars.CONTROL_FIXES.name(), "双人复核",
                "rectificationDepartment1", StaffGroups.DEPT_CLAIMS, "rectificationOwner1", "claims",
                "rectificationAction1", "理赔审批增加独立复核", "rectificationDeadline1", "2027-03-31",
                "rectificationDepartment2", StaffGroups.DEPT_SALES, "rectificationAction2", "销售人员合规培训",
                "rectificationDeadline2", "2027-01-15"));

        complete(pi, Elements.SUMMARY, COMMITTEE, summary);

        // the report is closed at once; the model waits for its improvement actions, each a called instance
        assertThat(pi).hasPassed(Elements.CLOSE, Elements.CLOSED_ANONYMOUS).isWaitingAt(Elements.IMPROVEMENT_ACTIONS);
        List<ProcessInstance> called = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId())
                .orderByProcessInstanceId().asc().list();
        assertThat(called).hasSize(2).allSatisfy(c -> {
            assertThat(c.getBusinessKey()).isEqualTo(number);
            assertThat(c.getProcessDefinitionId()).startsWith("complaint-rectification:");
        });
        Map<String, Object> claims = called.stream().map(c -> runtimeService.getVariables(c.getId()))
                .filter(v -> StaffGroups.DEPT_CLAIMS.equals(v.get("department"))).findFirst().orElseThrow();
        assertThat(claims).containsEntry("caseNumber", number).containsEntry("owner", "claims")
                .containsEntry("description", "理赔审批增加独立复核").containsEntry("deadlineDay", "2027-03-31")
                .containsEntry("deadline", endOfDay(2027, 3, 31)).containsKey("rectificationId");
        // one process per action, started by the model only (no second one from Java)
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-rectification")
                .processInstanceBusinessKey(number).count()).isEqualTo(2);

        // an action of a report is reminded like any rectification, while the report waits for it
        ProcessInstance first = called.get(0);
        driver.executeJob(first, RectificationProcess.Elements.REMINDER_TIMER);
        driver.executeJob(first, RectificationProcess.Elements.REMIND);
        assertThat(first).hasPassed(RectificationProcess.Elements.REMINDED).isWaitingAt(RectificationProcess.Elements.RECTIFY);
        assertThat(pi).isWaitingAt(Elements.IMPROVEMENT_ACTIONS);

        // completed as the service would (no login): the coverage listener reads the calling model with the
        // acting user's rights, and complaint departments have none on whistleblowing-handling (walled off)
        for (ProcessInstance action : called) {
            Task rectify = taskService.createTaskQuery().processInstanceId(action.getId()).singleResult();
            taskService.complete(rectify.getId(), Map.of("resultNote", "已完成"));
        }
        assertThat(pi).isEnded().hasPassed(Elements.IMPROVEMENT_ACTIONS_DONE);
        assertThat(eventTypes(number)).containsSubsequence("IMPROVEMENT_RECORDED", "RECTIFICATION_OPENED",
                "RECTIFICATION_OPENED", "CLOSED");
    }

    // --- the regime is the report's (issue 15 §9) ---

    @Test
    void aReportReceivedUnderCnKeepsCnAfterTheInstallationSwitchesToEu() {
        installation(Regime.CN);
        ProcessInstance pi = register();
        String number = pi.getBusinessKey();
        assertThat(jdbc.queryForObject("select regime from wb_report where report_number = ?", String.class, number))
                .isEqualTo("CN");
        assertThat(runtimeService.getVariable(pi.getId(), Vars.REGIME.name())).isEqualTo("CN");

        installation(Regime.EU);
        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        // nobody moves a report to another regime through a task
        assertThatThrownBy(() -> complete(pi, Elements.ASSESS, INTAKE, Map.of(Vars.REGIME.name(), "EU",
                Vars.AUTHENTICITY.name(), "CREDIBLE", Vars.URGENCY.name(), "NORMAL", Vars.ADMISSIBILITY.name(), "ADMITTED")))
                .isInstanceOf(VariableNotAllowedException.class).hasMessageContaining(Vars.REGIME.name());
        // CN: the receipt names the acceptance decision's date, not an EU feedback date
        assertThat(reporter.messagesTo(number)).singleElement().asString().contains("是否受理的决定").contains("2026-11-17");
        moveClock(Duration.ofDays(3));
        admit(pi);

        // CN: the opinion 60 days after the acceptance (EU would be 3 months after the acknowledgement)
        assertThat(Vars.OPINION_DUE_BY.get(runtimeService, pi.getId())).isEqualTo(endOfDay(2027, 1, 4));
        driver.executeJob(pi, Elements.TELL_ACCEPTANCE);
        // CN grants the committee's extension although the installation is EU now
        complete(pi, Elements.INVESTIGATE, INVESTIGATOR, Map.of(Vars.INVESTIGATION_OUTCOME.name(), "EXTENSION",
                Vars.EXTENSION_DAYS.name(), 10, Vars.EXTENSION_REASON.name(), "需调取外部资料"));
        complete(pi, Elements.APPROVE_EXTENSION, COMMITTEE, Map.of(Vars.EXTENSION_APPROVED.name(), true,
                Vars.APPROVAL_NOTE.name(), "同意"));
        assertThat(Vars.OPINION_DUE_BY.get(runtimeService, pi.getId())).isEqualTo(endOfDay(2027, 1, 14));
    }

    @Test
    void euFeedbackOverdueWhileTheCommitteeDecidesAndRefersEscalatesToTheCommittee() {
        installation(Regime.EU);
        ProcessInstance pi = register();
        String number = pi.getBusinessKey();
        assertThat(runtimeService.getVariable(pi.getId(), Vars.REGIME.name())).isEqualTo("EU");
        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        installation(Regime.CN); // the installation switches back: the report stays EU
        admit(pi);
        Date feedbackDue = endOfDay(2027, 2, 2); // 3 months after the acknowledgement on 2026-11-02
        assertThat(Vars.OPINION_DUE_BY.get(runtimeService, pi.getId())).isEqualTo(feedbackDue);
        driver.executeJob(pi, Elements.TELL_ACCEPTANCE);
        complete(pi, Elements.INVESTIGATE, INVESTIGATOR, Map.of(Vars.INVESTIGATION_OUTCOME.name(), "OPINION",
                Vars.OPINION.name(), "经调取流水和访谈，事实如下……"));

        assertThat(driver.job(pi, Elements.DECISION_FEEDBACK_OVERDUE).getDuedate()).isEqualTo(feedbackDue);
        ClockUtil.setCurrentTime(Date.from(feedbackDue.toInstant().plusSeconds(1)));
        driver.executeJob(pi, Elements.DECISION_FEEDBACK_OVERDUE);
        assertThat(pi).isWaitingAt(Elements.DECIDE, Elements.ESCALATE_FEEDBACK);
        Task escalation = driver.task(pi, Elements.ESCALATE_FEEDBACK);
        assertThat(driver.candidateGroups(escalation)).containsExactly("whistleblowing-committee");
        assertThat(events.history(number)).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo("ESCALATED");
            assertThat(e.detail()).contains("反馈").contains("2027-02-02");
        });
        assertThatThrownBy(() -> complete(pi, Elements.ESCALATE_FEEDBACK, COMMITTEE, Map.of()))
                .isInstanceOf(TaskInputRefused.class).hasMessageContaining(Vars.ESCALATION_NOTE.name());
        complete(pi, Elements.ESCALATE_FEEDBACK, COMMITTEE, Map.of(Vars.ESCALATION_NOTE.name(), "三日内作出决定"));

        complete(pi, Elements.DECIDE, COMMITTEE2, Map.of(Vars.DECISION.name(), "LEGAL_REFERRAL",
                Vars.DECISION_REASON.name(), "依据调查意见", Vars.FEEDBACK_TEXT.name(), "相关问题已移送有关机关依法处理。"));
        // still overdue while referring: escalated again at once
        driver.executeJob(pi, Elements.REFERRAL_FEEDBACK_OVERDUE);
        complete(pi, Elements.ESCALATE_FEEDBACK, COMMITTEE, Map.of(Vars.ESCALATION_NOTE.name(), "尽快移送"));
        complete(pi, Elements.REFER, COMMITTEE, Map.of(Vars.REFERRAL_AUTHORITY.name(), "公安机关",
                Vars.REFERRAL_NOTE.name(), "已移送"));
        assertThat(pi).isWaitingAt(Elements.FEEDBACK);
        assertThat(events.history(number).stream().filter(e -> "ESCALATED".equals(e.eventType())).count()).isEqualTo(2);
    }

    @Test
    void euRefusesTheInvestigationExtensionAndTheCommitteeCannotGrantOne() {
        installation(Regime.EU);
        ProcessInstance pi = register();
        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        admit(pi);
        driver.executeJob(pi, Elements.TELL_ACCEPTANCE);
        Date due = Vars.OPINION_DUE_BY.get(runtimeService, pi.getId());

        assertThatThrownBy(() -> complete(pi, Elements.INVESTIGATE, INVESTIGATOR, Map.of(
                Vars.INVESTIGATION_OUTCOME.name(), "EXTENSION", Vars.EXTENSION_DAYS.name(), 10,
                Vars.EXTENSION_REASON.name(), "需调取外部资料")))
                .isInstanceOf(StateRuleViolation.class).hasMessageContaining("9(1)(f)");
        assertThat(pi).isWaitingAt(Elements.INVESTIGATE);

        // an approval task of an EU report (e.g. opened before this rule) cannot grant the CN 30 days either
        String number = "JB20261102" + String.format("%06d", (int) (Math.random() * 1_000_000));
        ProcessInstance approval = runtimeService.createProcessInstanceByKey(WbProcess.KEY).businessKey(number)
                .setVariable(Vars.REPORT_NUMBER.name(), number).setVariable(Vars.PSEUDONYM.name(), "举报人-EU01")
                .setVariable(Vars.ANONYMOUS.name(), true).setVariable(Vars.REGIME.name(), "EU")
                .setVariable(Vars.OPINION_DUE_BY.name(), due).setVariable(Vars.EXTENDED_DAYS.name(), 0)
                .setVariable(Vars.EXTENSION_DAYS.name(), 10).setVariable(Vars.EXTENSION_REQUESTED_BY.name(), INVESTIGATOR)
                .startBeforeActivity(Elements.APPROVE_EXTENSION).execute();
        installation(Regime.CN);
        assertThatThrownBy(() -> complete(approval, Elements.APPROVE_EXTENSION, COMMITTEE, Map.of(
                Vars.EXTENSION_APPROVED.name(), true, Vars.APPROVAL_NOTE.name(), "同意")))
                .isInstanceOf(StateRuleViolation.class).hasMessageContaining("9(1)(f)");
        complete(approval, Elements.APPROVE_EXTENSION, COMMITTEE, Map.of(Vars.EXTENSION_APPROVED.name(), false,
                Vars.APPROVAL_NOTE.name(), "欧盟制度不予延期"));
        assertThat(Vars.OPINION_DUE_BY.get(runtimeService, approval.getId())).isEqualTo(due);
        assertThat(approval).isWaitingAt(Elements.INVESTIGATE);
    }

    @Test
    void theAcceptanceDecisionOverdueEscalatesToTheCommitteeAndTheAssessmentStaysOpen() {
        installation(Regime.CN);
        ProcessInstance pi = register();
        String number = pi.getBusinessKey();
        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        Date due = endOfDay(2026, 11, 17); // CN: 15 days after receipt on 2026-11-02
        assertThat(driver.job(pi, Elements.ASSESSMENT_OVERDUE).getDuedate()).isEqualTo(due);

        ClockUtil.setCurrentTime(Date.from(due.toInstant().plusSeconds(1)));
        driver.executeJob(pi, Elements.ASSESSMENT_OVERDUE);
        assertThat(pi).isWaitingAt(Elements.ASSESS, Elements.ESCALATE_ASSESSMENT);
        Task escalation = driver.task(pi, Elements.ESCALATE_ASSESSMENT);
        assertThat(driver.candidateGroups(escalation)).containsExactly("whistleblowing-committee");
        assertThat(events.history(number)).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo("ESCALATED");
            assertThat(e.detail()).contains("受理").contains("2026-11-17");
        });
        complete(pi, Elements.ESCALATE_ASSESSMENT, COMMITTEE, Map.of(Vars.ESCALATION_NOTE.name(), "今日内作出受理决定"));
        assertThat(events.history(number)).anySatisfy(e -> assertThat(e.detail()).contains("今日内作出受理决定"));
        admit(pi);
        assertThat(pi).hasPassed(Elements.ESCALATE_ASSESSMENT).isWaitingAt(Elements.TELL_ACCEPTANCE);
    }

    @Test
    void feedbackThatFailsOnEveryRetryEscalatesToTheCommitteeOnceWithoutTheReportersIdentity() {
        ProcessInstance pi = start(false);
        String number = pi.getBusinessKey();
        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        admit(pi);
        driver.executeJob(pi, Elements.TELL_ACCEPTANCE);
        opinion(pi, INVESTIGATOR);
        decide(pi, COMMITTEE, "NO_VIOLATION");
        reporter.setDown(true);

        String feedbackJob = driver.job(pi, Elements.FEEDBACK).getId();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThatThrownBy(() -> managementService.executeJob(feedbackJob)).hasMessageContaining("mailbox down");
            assertThat(noticeFailures(number)).as("attempt " + attempt).hasSize(attempt < 5 ? 0 : 1);
        }
        assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult().getActivityId())
                .isEqualTo(Elements.FEEDBACK);
        assertThat(events.history(number)).filteredOn(e -> e.eventType().equals("NOTICE_FAILED")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("处理结果反馈").doesNotContain("举报人-")
                        .doesNotContain("mailbox down"));
        ProcessInstance escalation = noticeFailures(number).get(0);
        Task task = taskService.createTaskQuery().processInstanceId(escalation.getId()).singleResult();
        assertThat(driver.candidateGroups(task)).containsExactly(StaffGroups.WB_COMMITTEE);
        assertThat(runtimeService.getVariables(escalation.getId())).containsOnlyKeys(
                WbNoticeFailureProcess.Vars.REPORT_NUMBER.name(), WbNoticeFailureProcess.Vars.FAILED_ACTIVITY.name(),
                WbNoticeFailureProcess.Vars.FAILED_NOTICE.name(), WbNoticeFailureProcess.Vars.DUE_BY.name());

        // retried by an operator while the mailbox is still down: no second escalation
        managementService.setJobRetries(feedbackJob, 1);
        assertThatThrownBy(() -> managementService.executeJob(feedbackJob)).hasMessageContaining("mailbox down");
        assertThat(noticeFailures(number)).hasSize(1);
        assertThat(eventTypes(number).stream().filter("NOTICE_FAILED"::equals)).hasSize(1);

        assertThatThrownBy(() -> driver.as(COMMITTEE, () -> taskService.complete(task.getId())))
                .isInstanceOf(TaskInputRefused.class).hasMessageContaining(WbNoticeFailureProcess.Vars.NOTE.name());
        driver.as(COMMITTEE, () -> taskService.complete(task.getId(),
                Map.of(WbNoticeFailureProcess.Vars.NOTE.name(), "信箱已修复，已重试反馈。")));
        assertThat(escalation).isEnded().hasPassed(WbNoticeFailureProcess.Elements.HANDLED);
        assertThat(events.history(number)).anySatisfy(e -> assertThat(e.detail()).contains("反馈失败处理：信箱已修复"));

        reporter.setDown(false);
        managementService.setJobRetries(feedbackJob, 1);
        managementService.executeJob(feedbackJob);
        assertThat(reporter.messagesTo(number)).last().asString().contains("经调查未发现违规");
        assertThat(pi).isWaitingAt(Elements.SUMMARY);
    }

    // --- helpers ---

    private List<ProcessInstance> noticeFailures(String number) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(WbNoticeFailureProcess.KEY)
                .processInstanceBusinessKey(number).list();
    }

    private void installation(Regime regime) {
        ReflectionTestUtils.setField(wbClock, "properties", new WbProperties(regime, configured.zone(), configured.cn(),
                configured.eu(), configured.maxExtensionDays(), configured.supplementWait(), configured.reminderBefore(),
                configured.committeeTaskWithin(), configured.protectionCheckAfter()));
    }

    private ProcessInstance register() {
        var submission = json.convertValue(Map.of("anonymous", true,
                "reportedParty", Map.of("name", "某客户经理", "unit", "某分行营业部"),
                "description", "客户经理私下收取客户费用。", "occurredAt", "2026-09-01", "location", "北京"),
                ReportSubmission.class);
        String number = intake.register(submission).reportNumber();
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
    }


    private ProcessInstance start(boolean anonymous) {
        String number = "JB20261102" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.REPORT_NUMBER.name(), number);
        vars.put(Vars.PSEUDONYM.name(), "举报人-" + number.substring(10));
        vars.put(Vars.ANONYMOUS.name(), anonymous);
        vars.put(Vars.RECEIVED_AT.name(), ClockUtil.getCurrentTime());
        vars.put(Vars.REPORTED_UNIT.name(), "某分行营业部");
        return runtimeService.startProcessInstanceByKey(WbProcess.KEY, number, vars);
    }

    private void admit(ProcessInstance pi) {
        complete(pi, Elements.ASSESS, INTAKE, Map.of(Vars.AUTHENTICITY.name(), "CREDIBLE", Vars.URGENCY.name(), "NORMAL",
                Vars.ADMISSIBILITY.name(), "ADMITTED"));
    }

    private void opinion(ProcessInstance pi, String investigator) {
        assertThatThrownBy(() -> complete(pi, Elements.INVESTIGATE, investigator, Map.of(Vars.INVESTIGATION_OUTCOME.name(), "OPINION")))
                .isInstanceOf(TaskInputRefused.class);
        complete(pi, Elements.INVESTIGATE, investigator, Map.of(Vars.INVESTIGATION_OUTCOME.name(), "OPINION",
                Vars.OPINION.name(), "经调取流水和访谈，事实如下……"));
    }

    private void decide(ProcessInstance pi, String member, String decision) {
        String feedback = switch (decision) {
            case "NO_VIOLATION" -> "经调查未发现违规。";
            case "LEGAL_REFERRAL" -> "相关问题已移送有关机关依法处理。";
            default -> "已对相关人员依规处理。";
        };
        complete(pi, Elements.DECIDE, member, Map.of(Vars.DECISION.name(), decision, Vars.DECISION_REASON.name(), "依据调查意见",
                Vars.FEEDBACK_TEXT.name(), feedback));
    }

    private void summary(ProcessInstance pi) {
        complete(pi, Elements.SUMMARY, COMMITTEE, Map.of(Vars.ROOT_CAUSE.name(), "审批权限集中，缺少复核",
                Vars.CONTROL_FIXES.name(), "增加双人复核；每季度抽查"));
    }

    private void claim(ProcessInstance pi, String activity, String user) {
        Task task = driver.task(pi, activity);
        driver.as(user, () -> taskService.claim(task.getId(), user));
    }

    /** As Tasklist does it: claim, then complete, logged in. */
    private void complete(ProcessInstance pi, String activity, String user, Map<String, Object> variables) {
        Task task = driver.task(pi, activity);
        assertThat(task).as("open task at " + activity).isNotNull();
        if (task.getAssignee() != null && !user.equals(task.getAssignee())) {
            taskService.setAssignee(task.getId(), null); // handed back to the group, as an administrator would
        }
        driver.as(user, () -> {
            if (!user.equals(task.getAssignee())) {
                taskService.claim(task.getId(), user);
            }
            taskService.complete(task.getId(), variables);
        });
    }

    private Map<String, Object> runtimeServiceHistoryOf(ProcessInstance pi) {
        Map<String, Object> vars = new HashMap<>();
        engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list()
                .forEach(v -> vars.put(v.getName(), v.getValue()));
        return vars;
    }

    private List<String> eventTypes(String number) {
        return events.history(number).stream().map(CaseEvent::eventType).toList();
    }

    private static void moveClock(Duration by) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
    }

    private static Date endOfDay(int y, int m, int d) {
        return Date.from(ZonedDateTime.of(y, m, d, 23, 59, 59, 0, SHANGHAI).toInstant());
    }
}
