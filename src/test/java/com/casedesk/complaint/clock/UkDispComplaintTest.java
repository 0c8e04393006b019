package com.casedesk.complaint.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.casedesk.casefile.CaseEvent;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintDeadlines;
import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.actions.ComplaintActions;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.regime.Regime;
import com.casedesk.regime.RegimePin;
import com.casedesk.regime.StatutoryRules;
import com.casedesk.support.Complaints;
import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * An installation whose complaints are handled under UK-DISP ({@code casedesk.complaint.regime}): a case is
 * pinned to the UK table and its final response is due 8 weeks after receipt (DISP 1.6.2R), from the
 * table's {@code FINAL_RESPONSE} row; DISP knows no extension of the firm's own; the statute is watched to
 * its due date and a breach is recorded.
 */
@PostgresTest
class UkDispComplaintTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired EngineDriver driver;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired ComplaintIntake intake;
    @Autowired ComplaintRepository complaints;
    @Autowired ComplaintDeadlines deadlines;
    @Autowired ComplaintActions actions;
    @Autowired CaseEventLog events;
    @Autowired RegimePin pins;
    @Autowired StatutoryRules rules;

    private Object installed;

    @BeforeEach
    void ukInstallation() {
        AbstractAssertions.init(engine);
        installed = ReflectionTestUtils.getField(pins, "complaintRegime");
        ReflectionTestUtils.setField(pins, "complaintRegime", Regime.UK_DISP);
    }

    @AfterEach
    void back() {
        ReflectionTestUtils.setField(pins, "complaintRegime", installed);
        ClockUtil.reset();
    }

    @Test
    void aUkCaseIsDueEightWeeksAfterReceiptAndItsBreachIsRecordedAtThatDate() {
        at(2026, 11, 2, 9, 0);
        String caseNumber = intake.register(Complaints.ordinary(), null, "test", "frontline").receipt().caseNumber();
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-handling")
                .processInstanceBusinessKey(caseNumber).singleResult();
        driver.executeJob(pi, Elements.ACKNOWLEDGE);

        assertThat(pins.complaintTable(caseNumber)).isEqualTo(rules.tableInEffect(Regime.UK_DISP));
        Complaint c = complaints.getByCaseNumber(caseNumber);
        assertThat(deadlines.statutoryDays(c)).isEqualTo(56);
        // 2026-11-02 + 8 weeks = 2026-12-28, to the close of that day
        assertThat(c.getStatutoryDueBy()).isEqualTo(endOf(2026, 12, 28));
        assertThat(driver.job(pi, Elements.STATUTORY_DEADLINE_TIMER).getDuedate()).isEqualTo(Date.from(endOf(2026, 12, 28)));

        assertThatThrownBy(() -> actions.requestExtension(caseNumber, "需要更多时间"))
                .isInstanceOf(ClockRuleViolation.class).hasMessageContaining("no extension").hasMessageContaining("DISP 1.6.2R");

        at(2026, 12, 29, 0, 1);
        managementService.executeJob(driver.job(pi, Elements.DEADLINE_TIMER).getId());
        managementService.executeJob(driver.job(pi, Elements.STATUTORY_DEADLINE_TIMER).getId());
        assertThat(events.history(caseNumber)).extracting(CaseEvent::eventType).contains("STATUTORY_DEADLINE_MISSED");
        assertThat(driver.task(pi, Elements.SUPERVISE_STATUTORY_BREACH)).isNotNull();
    }

    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI).toInstant()));
    }

    private static Instant endOf(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 23, 59, 59, 0, SHANGHAI).toInstant();
    }
}
