package com.casedesk.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.PostgresTest;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
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
