package com.casedesk.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.PostgresTest;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the retention job does beside its own tables, called directly (not a process test: it deploys two
 * probe models of its own, which the coverage gate must not measure).
 */
@PostgresTest
class RetentionTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final String RUNNING_PROBE = "retention-probe-running";

    @Autowired Retention retention;
    @Autowired RetentionProperties properties;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired RepositoryService repositoryService;
    @Autowired ProcessEngineConfigurationImpl engineConfiguration;

    RetentionFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new RetentionFixtures(jdbc);
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(RUNNING_PROBE).count() == 0) {
            repositoryService.createDeployment().name("retention-test-probes")
                    .addModelInstance(RUNNING_PROBE + ".bpmn", Bpmn.createExecutableProcess(RUNNING_PROBE)
                            .camundaHistoryTimeToLive(1).startEvent().receiveTask("Wait").endEvent().done())
                    .deploy();
        }
        ClockUtil.setCurrentTime(Date.from(NOW));
    }

    @AfterEach
    void restore() {
        ClockUtil.reset();
    }

    @Test
    void aClosedCaseWithSomethingStillRunningInTheEngineIsKept() {
        String caseNumber = fixtures.complaint("CLOSED", RetentionFixtures.yearsAgo(NOW, 6));
        String report = fixtures.report("CLOSED", RetentionFixtures.yearsAgo(NOW, 6));
        runtimeService.startProcessInstanceByKey(RUNNING_PROBE, caseNumber);
        runtimeService.startProcessInstanceByKey(RUNNING_PROBE, report);
        String before = fixtures.everything(caseNumber);
        String reportBefore = fixtures.everything(report);

        anonymizeAll();

        assertThat(fixtures.everything(caseNumber)).isEqualTo(before);
        assertThat(fixtures.everything(report)).isEqualTo(reportBefore);
    }

    @Test
    void theVariablesOfTheCasesFinishedProcessesLeaveTheEngineHistory() {
        String caseNumber = fixtures.complaint("CLOSED", RetentionFixtures.yearsAgo(NOW, 6));
        // a value a person's command wrote (not a start variable): the history keeps its update detail too
        String pid = runtimeService.startProcessInstanceByKey(RUNNING_PROBE, caseNumber).getId();
        runtimeService.signal(pid, Variables.putValue("callbackNote", "已致电" + RetentionFixtures.PHONE));
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(pid).finished().count()).isOne();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pid).count()).isOne();
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(pid).count()).isOne();

        anonymizeAll();

        assertThat(fixtures.complaintRow(caseNumber).get("anonymized_at")).isNotNull();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pid).count()).isZero();
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(pid).count()).isZero();
        // the instance's activity history stays until the model's historyTimeToLive
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(pid).count()).isOne();
    }

    @Test
    void anAnonymizedRecordKeptLongEnoughIsDeletedWithItsCaseFileAndTheBatchSaysSoInTheAuditLog() {
        String old = fixtures.complaint("CLOSED", RetentionFixtures.yearsAgo(NOW, 11));
        String oldReport = fixtures.report("CLOSED", RetentionFixtures.yearsAgo(NOW, 9));
        String recent = fixtures.complaint("CLOSED", RetentionFixtures.yearsAgo(NOW, 7));
        jdbc.update("insert into complaint_round_callback (case_number, handling_round, outcome, recorded_at, recorded_by)"
                + " values (?, 1, 'SATISFIED', ?, 'frontline')", old, java.sql.Timestamp.from(NOW));
        anonymizeAll();
        // as if the sweeps of earlier years had anonymized them: the old two when their periods ended, the
        // recent one two years ago
        jdbc.update("update complaint set anonymized_at = ? where case_number = ?",
                java.sql.Timestamp.from(RetentionFixtures.yearsAgo(NOW, 6)), old);
        jdbc.update("update wb_report set anonymized_at = ? where report_number = ?",
                java.sql.Timestamp.from(RetentionFixtures.yearsAgo(NOW, 6)), oldReport);
        jdbc.update("update complaint set anonymized_at = ? where case_number = ?",
                java.sql.Timestamp.from(RetentionFixtures.yearsAgo(NOW, 2)), recent);
        String recentBefore = fixtures.everything(recent);
        long purgeRows = jdbc.queryForObject("select count(*) from audit_log where action = 'CASE_RECORDS_PURGED'", Long.class);

        anonymizeAll();

        for (String gone : List.of(old, oldReport)) {
            // every line of the case's record is empty but the last: its audit rows, which are append-only
            List<String> lines = fixtures.everything(gone).lines().toList();
            assertThat(lines.subList(0, lines.size() - 1)).as(gone).containsOnly("[]");
            assertThat(lines.get(lines.size() - 1)).as(gone).contains("PERSONAL_DATA_ANONYMIZED");
        }
        assertThat(jdbc.queryForObject("select count(*) from complaint_round_callback where case_number = ?", Long.class, old))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from complaint_flag f where not exists"
                + " (select 1 from complaint c where c.id = f.complaint_id)", Long.class)).isZero();
        assertThat(fixtures.everything(recent)).isEqualTo(recentBefore);
        assertThat(jdbc.queryForList("select detail from audit_log where action = 'CASE_RECORDS_PURGED' and case_number is null"
                + " order by id", String.class)).hasSizeGreaterThanOrEqualTo((int) purgeRows + 2)
                .anyMatch(d -> d.contains("COMPLAINT record(s) anonymized before") && d.contains("(kept P5Y)"))
                .anyMatch(d -> d.contains("WHISTLEBLOWING record(s)"));
    }

    @Test
    void periodsAreCountedBackInTheConfiguredCalendar() {
        Instant now = Instant.parse("2031-03-01T03:00:00Z");
        assertThat(retention.cutoff(CaseType.COMPLAINT, now))
                .isEqualTo(ZonedDateTime.ofInstant(now, properties.zone()).minusYears(5).toInstant());
        assertThat(retention.cutoff(CaseType.WHISTLEBLOWING, now))
                .isEqualTo(ZonedDateTime.ofInstant(now, properties.zone()).minusYears(3).toInstant());
    }

    @Test
    void theEnginesHistoryCleanupIsScheduledInItsNightlyWindow() {
        assertThat(engineConfiguration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(engineConfiguration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(historyService.findHistoryCleanupJobs()).isNotEmpty();
    }

    private void anonymizeAll() {
        for (int batch = 0; batch < 100; batch++) {
            if (!retention.anonymizeBatch().moreLeft()) {
                return;
            }
        }
    }
}
