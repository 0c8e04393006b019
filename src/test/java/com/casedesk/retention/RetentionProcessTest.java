package com.casedesk.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.casedesk.audit.AuditAction;
import com.casedesk.retention.RetentionProcess.Elements;
import com.casedesk.retention.RetentionProcess.Vars;
import com.casedesk.support.PostgresTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The retention sweep on PostgreSQL, driven as the job executor would: the timer start job, then one job
 * per batch (the test profile's batch size is 2, so the loop runs). Time is the engine clock; cases are
 * dated years back instead of moving the clock forward, so other tests' cases in the shared database
 * never expire. Assertions are about this class's own cases only.
 */
@PostgresTest
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class RetentionProcessTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired JdbcTemplate jdbc;
    @Autowired RetentionProperties properties;

    RetentionFixtures fixtures;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        fixtures = new RetentionFixtures(jdbc);
        ClockUtil.setCurrentTime(Date.from(NOW));
    }

    @AfterEach
    void restore() {
        ClockUtil.reset();
    }

    @Test
    void expiredCasesAreAnonymizedInBatchesRecentAndOpenOnesAreNot() {
        assertThat(properties.batchSize()).isEqualTo(2);
        String closedLongAgo = fixtures.complaint("CLOSED", RetentionFixtures.yearsAgo(NOW, 6));
        String withdrawnLongAgo = fixtures.complaint("WITHDRAWN", RetentionFixtures.yearsAgo(NOW, 6));
        String closedLastYear = fixtures.complaint("CLOSED", RetentionFixtures.yearsAgo(NOW, 1));
        String openSinceLongAgo = fixtures.complaint("IN_HANDLING", RetentionFixtures.yearsAgo(NOW, 6));
        String reportClosedLongAgo = fixtures.report("CLOSED", RetentionFixtures.yearsAgo(NOW, 4));
        String reportClosedLastYear = fixtures.report("CLOSED", RetentionFixtures.yearsAgo(NOW, 1));
        String reportOpenLongAgo = fixtures.report("ADMITTED", RetentionFixtures.yearsAgo(NOW, 6));
        String recentBefore = fixtures.everything(closedLastYear);
        String openBefore = fixtures.everything(openSinceLongAgo);
        String recentReportBefore = fixtures.everything(reportClosedLastYear);
        String openReportBefore = fixtures.everything(reportOpenLongAgo);

        ProcessInstance sweep = sweep();

        assertThat(sweep).isEnded().hasPassed(Elements.SWEEP_DUE, Elements.NEXT_BATCH, Elements.ANONYMIZE_BATCH,
                Elements.MORE_LEFT, Elements.DONE);
        // the first batch was full (2 complaints), so a second one ran
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(sweep.getId())
                .activityId(Elements.ANONYMIZE_BATCH).count()).as("batches").isGreaterThanOrEqualTo(2);
        assertThat((Integer) historyService.createHistoricVariableInstanceQuery().processInstanceId(sweep.getId())
                .variableName(Vars.ANONYMIZED.name()).singleResult().getValue()).isGreaterThanOrEqualTo(3);

        assertComplaintAnonymized(closedLongAgo);
        assertComplaintAnonymized(withdrawnLongAgo);
        assertThat(fixtures.complaintRow(withdrawnLongAgo).get("withdrawal_reason")).isEqualTo("已匿名");
        assertReportAnonymized(reportClosedLongAgo);

        assertThat(fixtures.everything(closedLastYear)).isEqualTo(recentBefore);
        assertThat(fixtures.everything(openSinceLongAgo)).isEqualTo(openBefore);
        assertThat(fixtures.everything(reportClosedLastYear)).isEqualTo(recentReportBefore);
        assertThat(fixtures.everything(reportOpenLongAgo)).isEqualTo(openReportBefore);
        assertThat(fixtures.complaintRow(closedLastYear).get("complainant_id_number")).isEqualTo(RetentionFixtures.ID_NUMBER);
    }

    @Test
    void aSecondSweepChangesNothingMore() {
        String complaint = fixtures.complaint("CLOSED", RetentionFixtures.yearsAgo(NOW, 6));
        String report = fixtures.report("REFUSED", RetentionFixtures.yearsAgo(NOW, 4));
        sweep();
        String complaintAfterFirst = fixtures.everything(complaint);
        String reportAfterFirst = fixtures.everything(report);

        ClockUtil.setCurrentTime(Date.from(NOW.plus(1, ChronoUnit.DAYS)));
        sweep();

        assertThat(fixtures.everything(complaint)).isEqualTo(complaintAfterFirst);
        assertThat(fixtures.everything(report)).isEqualTo(reportAfterFirst);
        assertThat(fixtures.auditRows(complaint, AuditAction.PERSONAL_DATA_ANONYMIZED.name())).isOne();
        assertThat(fixtures.auditRows(report, AuditAction.PERSONAL_DATA_ANONYMIZED.name())).isOne();
    }

    private void assertComplaintAnonymized(String caseNumber) {
        Map<String, Object> row = fixtures.complaintRow(caseNumber);
        assertThat(row.get("complainant_name")).isEqualTo("已匿名");
        assertThat(row.get("complainant_id_number")).isNull();
        assertThat(row.get("complainant_phone")).isNull();
        assertThat(row.get("complainant_email")).isNull();
        assertThat(row.get("complainant_address")).isNull();
        // how they asked to be told is no contact: it stays, like the intake channel
        assertThat(row.get("preferred_channel")).isEqualTo("LETTER");
        assertThat(row.get("respondent_staff")).isNull();
        assertThat(row.get("request")).isEqualTo("已匿名");
        assertThat(row.get("facts")).isEqualTo("已匿名");
        assertThat(row.get("findings")).isEqualTo("已匿名");
        assertThat(row.get("resolution")).isEqualTo("已匿名");
        assertThat(((java.sql.Timestamp) row.get("anonymized_at")).toInstant()).isEqualTo(NOW);
        // what statistics and the register need stays
        assertThat(row.get("case_number")).isEqualTo(caseNumber);
        assertThat(row.get("category")).isEqualTo("CLAIM_DISPUTE");
        assertThat(row.get("level")).isEqualTo(2);
        assertThat(row.get("result")).isEqualTo("UPHELD");
        assertThat(row.get("respondent_unit")).isEqualTo("朝阳支行");
        assertThat(row.get("received_at")).isNotNull();

        assertThat(jdbc.queryForObject("select count(*) from intake_request where case_number = ?", Integer.class,
                caseNumber)).isZero();
        assertThat(jdbc.queryForList("select channel, recipient, content, delivery_reference from outbox_message"
                + " where case_number = ? order by id", caseNumber)).containsExactly(
                Map.of("channel", "SMS", "recipient", "已匿名", "content", "已匿名", "delivery_reference", "sms-4711"),
                mapWithNull("channel", "INTERNAL", "recipient", "complaint-supervisor", "content", "已匿名",
                        "delivery_reference"));
        assertThat(jdbc.queryForList("select subject from outbox_message where case_number = ? and subject is not null",
                String.class, caseNumber)).as("a subject may name the complainant").isEmpty();
        assertThat(jdbc.queryForList("select reason from complaint_review where case_number = ?", String.class, caseNumber))
                .containsExactly("已匿名");
        assertThat(jdbc.queryForList("select reason from clock_pause where case_number = ?", String.class, caseNumber))
                .containsExactly("已匿名");
        assertCaseFileErased(caseNumber);
    }

    private void assertReportAnonymized(String number) {
        Map<String, Object> row = fixtures.reportRow(number);
        assertThat(row.get("identity_ciphertext")).isNull();
        assertThat(row.get("identity_key_id")).isNull();
        // crypto-shredding: the report's data key is gone, so no copy of the ciphertext opens any more
        assertThat(jdbc.queryForObject("select count(*) from wb_identity_key where report_number = ?", Integer.class, number))
                .isZero();
        assertThat(row.get("reported_name")).isNull();
        assertThat(row.get("description")).isEqualTo("已匿名");
        assertThat(row.get("location")).isNull();
        assertThat(row.get("anonymized_at")).isNotNull();
        assertThat(row.get("reported_unit")).isEqualTo("朝阳支行");
        assertThat(row.get("status")).isEqualTo("CLOSED");
        assertThat(jdbc.queryForList("select body from wb_message where report_number = ?", String.class, number))
                .containsExactly("已匿名", "已匿名");
        assertThat(jdbc.queryForObject("select count(*) from wb_involved where report_number = ?", Integer.class, number))
                .isZero();
        assertCaseFileErased(number);
    }

    private void assertCaseFileErased(String caseNumber) {
        assertThat(jdbc.queryForList("select detail from case_event where case_number = ?", String.class, caseNumber))
                .isNotEmpty().containsOnly("已匿名");
        assertThat(jdbc.queryForList("select event_type from case_event where case_number = ?", String.class, caseNumber))
                .doesNotContainNull();
        assertThat(jdbc.queryForList("select file_name, description, length(content) as size, sha256 from case_document"
                + " where case_number = ?", caseNumber)).containsExactly(
                mapWithNull("file_name", "已匿名", "size", 0, "sha256", "a".repeat(64), "description"));
        assertThat(fixtures.auditRows(caseNumber, AuditAction.PERSONAL_DATA_ANONYMIZED.name())).isOne();
        assertThat(jdbc.queryForObject("select actor from audit_log where case_number = ? and action = ?", String.class,
                caseNumber, AuditAction.PERSONAL_DATA_ANONYMIZED.name())).isEqualTo("system");
        assertThat(fixtures.everything(caseNumber)).doesNotContain(RetentionFixtures.NAME, RetentionFixtures.ID_NUMBER,
                RetentionFixtures.PHONE, RetentionFixtures.EMAIL, "王某");
    }

    /** Runs the sweep: the timer start job, then every batch job until the instance ends. */
    private ProcessInstance sweep() {
        Job timer = managementService.createJobQuery().processDefinitionKey(RetentionProcess.KEY).timers().singleResult();
        assertThat(timer).as("the sweep's timer start job").isNotNull();
        managementService.executeJob(timer.getId());
        assertThat(managementService.createJobQuery().processDefinitionKey(RetentionProcess.KEY).timers().singleResult()
                .getId()).as("the next sweep is scheduled").isNotEqualTo(timer.getId());
        List<ProcessInstance> started = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(RetentionProcess.KEY).list();
        assertThat(started).hasSize(1);
        ProcessInstance sweep = started.get(0);
        assertThat(sweep).isWaitingAt(Elements.ANONYMIZE_BATCH);
        for (int batch = 0; batch < 100 && !ended(sweep); batch++) {
            managementService.executeJob(managementService.createJobQuery().processInstanceId(sweep.getId())
                    .singleResult().getId());
        }
        assertThat(sweep).isEnded();
        return sweep;
    }

    private boolean ended(ProcessInstance pi) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count() == 0;
    }

    private static Map<String, Object> mapWithNull(Object... keysAndValues) {
        Map<String, Object> map = new java.util.HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], i + 1 < keysAndValues.length ? keysAndValues[i + 1] : null);
        }
        return map;
    }
}
