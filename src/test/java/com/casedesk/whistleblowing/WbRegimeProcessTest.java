package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.casedesk.casefile.CaseEventLog;
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
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
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
 * The regime is the report's (issue 15 §9): stored at intake and kept for life, whatever the installation
 * switches to later; the EU feedback period is watched after the opinion and never extended; the acceptance
 * decision's due date has a timer. The installation's switch is flipped on the running clock bean, as an
 * operator would by changing application.yaml and restarting; the engine clock is moved, never waited on.
 */
@PostgresTest
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class WbRegimeProcessTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String INTAKE = "wb-intake";
    private static final String INVESTIGATOR = "wb-investigator";
    private static final String COMMITTEE = "wb-committee";
    private static final String COMMITTEE2 = "wb-committee2";

    @Autowired EngineDriver driver;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ReportIntake intake;
    @Autowired WbClock wbClock;
    @Autowired CaseEventLog events;
    @Autowired RecordingReporterChannel reporter;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    private WbProperties configured;

    @BeforeEach
    void fixedClock() {
        AbstractAssertions.init(engine);
        configured = (WbProperties) ReflectionTestUtils.getField(wbClock, "properties");
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 2, 10, 0, 0, 0, SHANGHAI).toInstant()));
    }

    @AfterEach
    void restore() {
        ReflectionTestUtils.setField(wbClock, "properties", configured);
        ClockUtil.reset();
    }

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
                .hasRootCauseInstanceOf(BadUserRequestException.class);
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
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("9(1)(f)");
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
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("9(1)(f)");
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

    // --- helpers ---

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

    private void admit(ProcessInstance pi) {
        complete(pi, Elements.ASSESS, INTAKE, Map.of(Vars.AUTHENTICITY.name(), "CREDIBLE", Vars.URGENCY.name(), "NORMAL",
                Vars.ADMISSIBILITY.name(), "ADMITTED"));
    }

    /** As Tasklist does it: claim, then complete, logged in. */
    private void complete(ProcessInstance pi, String activity, String user, Map<String, Object> variables) {
        Task task = driver.task(pi, activity);
        assertThat(task).as("open task at " + activity).isNotNull();
        if (task.getAssignee() != null && !user.equals(task.getAssignee())) {
            taskService.setAssignee(task.getId(), null);
        }
        driver.as(user, () -> {
            if (!user.equals(task.getAssignee())) {
                taskService.claim(task.getId(), user);
            }
            taskService.complete(task.getId(), new HashMap<>(variables));
        });
    }

    private static void moveClock(Duration by) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
    }

    private static Date endOfDay(int y, int m, int d) {
        return Date.from(ZonedDateTime.of(y, m, d, 23, 59, 59, 0, SHANGHAI).toInstant());
    }
}
