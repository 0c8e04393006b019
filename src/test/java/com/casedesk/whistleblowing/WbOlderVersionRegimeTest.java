package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import com.casedesk.whistleblowing.WbProcess.Elements;
import com.casedesk.whistleblowing.WbProcess.Vars;
import com.casedesk.whistleblowing.WbProperties.Regime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import com.casedesk.process.StateRuleViolation;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A report started on version 3 of the model, before the regime was stored, has no regime variable: it keeps
 * running, its clocks following the installation's regime at the time of each calculation, as they always did.
 */
@PostgresTest
class WbOlderVersionRegimeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired RepositoryService repositoryService;
    @Autowired EngineDriver driver;
    @Autowired WbClock wbClock;

    private WbProperties configured;

    @AfterEach
    void restore() {
        if (configured != null) {
            ReflectionTestUtils.setField(wbClock, "properties", configured);
        }
        ClockUtil.reset();
    }

    @Test
    void aReportOnVersion3WithoutARegimeFollowsTheInstallationAtTheTimeOfEachCalculation() {
        configured = (WbProperties) ReflectionTestUtils.getField(wbClock, "properties");
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 2, 10, 0, 0, 0, SHANGHAI).toInstant()));
        Deployment v3 = repositoryService.createDeployment().name("whistleblowing-handling version 3")
                .addClasspathResource("models/whistleblowing-handling-v3.bpmn").deploy();
        try {
            String definition = repositoryService.createProcessDefinitionQuery().deploymentId(v3.getId()).singleResult().getId();
            String number = "JB20261102" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
            ProcessInstance pi = runtimeService.createProcessInstanceById(definition).businessKey(number)
                    .setVariable(Vars.REPORT_NUMBER.name(), number).setVariable(Vars.PSEUDONYM.name(), "举报人-V3AA")
                    .setVariable(Vars.ANONYMOUS.name(), true).setVariable(Vars.RECEIVED_AT.name(), ClockUtil.getCurrentTime())
                    .setVariable(Vars.REPORTED_UNIT.name(), "某分行营业部").execute();
            // as if started before this version of the service: no regime stored
            runtimeService.removeVariable(pi.getId(), Vars.REGIME.name());
            assertThat(driver.job(pi, Elements.ASSESSMENT_OVERDUE)).as("version 3 has no acceptance timer").isNull();
            driver.executeJob(pi, Elements.ACKNOWLEDGE);

            installation(Regime.EU);
            complete(pi, Elements.ASSESS, "wb-intake", Map.of(Vars.AUTHENTICITY.name(), "CREDIBLE",
                    Vars.URGENCY.name(), "NORMAL", Vars.ADMISSIBILITY.name(), "ADMITTED"));
            // the installation's regime now (EU): 3 months after the acknowledgement
            assertThat(Vars.OPINION_DUE_BY.get(runtimeService, pi.getId()))
                    .isEqualTo(Date.from(ZonedDateTime.of(2027, 2, 2, 23, 59, 59, 0, SHANGHAI).toInstant()));
            assertThat(runtimeService.getVariable(pi.getId(), Vars.REGIME.name())).isNull();
            driver.executeJob(pi, Elements.TELL_ACCEPTANCE);
            Map<String, Object> extension = Map.of(Vars.INVESTIGATION_OUTCOME.name(), "EXTENSION",
                    Vars.EXTENSION_DAYS.name(), 10, Vars.EXTENSION_REASON.name(), "需调取外部资料");
            // refused before the command (WbStateRules), under the installation's regime of the moment
            assertThatThrownBy(() -> complete(pi, Elements.INVESTIGATE, "wb-investigator", extension))
                    .isInstanceOf(StateRuleViolation.class).hasMessageContaining("9(1)(f)");

            installation(Regime.CN);
            complete(pi, Elements.INVESTIGATE, "wb-investigator", extension);
            assertThat(driver.task(pi, Elements.APPROVE_EXTENSION)).isNotNull();
        } finally {
            repositoryService.deleteDeployment(v3.getId(), true);
        }
    }

    /** As Tasklist does it: claim, then complete, logged in. */
    private void complete(ProcessInstance pi, String activity, String user, Map<String, Object> variables) {
        Task task = driver.task(pi, activity);
        driver.as(user, () -> {
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), user);
            }
            taskService.complete(task.getId(), variables);
        });
    }

    private void installation(Regime regime) {
        ReflectionTestUtils.setField(wbClock, "properties", new WbProperties(regime, configured.zone(), configured.cn(),
                configured.eu(), configured.maxExtensionDays(), configured.supplementWait(), configured.reminderBefore(),
                configured.committeeTaskWithin(), configured.protectionCheckAfter()));
    }
}
