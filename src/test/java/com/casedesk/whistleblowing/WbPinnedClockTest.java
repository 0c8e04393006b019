package com.casedesk.whistleblowing;

import static com.casedesk.support.RegimeTableChange.amount;
import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.regime.Regime;
import com.casedesk.regime.RegimePin;
import com.casedesk.regime.RegimeVersions;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.RegimeTableChange;
import com.casedesk.whistleblowing.WbProcess.Vars;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A report's clocks come from the regime table version it was pinned to at intake: a changed CN-WB table
 * (acceptance 10 days, extension at most 20), once approved, gives new reports its figures; a report
 * received before keeps 15 and 30.
 */
@PostgresTest
class WbPinnedClockTest {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired RepositoryService repository;
    @Autowired IdentityService identityService;
    @Autowired RegimeVersions versions;
    @Autowired RegimePin pins;
    @Autowired ReportIntake intake;
    @Autowired RuntimeService runtimeService;
    @Autowired WbClock wbClock;
    @Autowired WbProperties properties;

    @Test
    void aReportPinnedToAChangedTableHasItsAcceptancePeriodAndExtensionLimit() throws Exception {
        String before = register();
        try (RegimeTableChange changed = RegimeTableChange.deployAndApprove(http, json, repository, identityService,
                versions, Regime.CN_WB, "regimes/cn-wb.dmn",
                amount("Rule_CN_WB_Acceptance_Amount", 15, 10).andThen(amount("Rule_CN_WB_Extension_Amount", 30, 20))::apply)) {
            String after = register();
            assertThat(pins.reportTable(after)).isEqualTo(changed.tableId());

            assertThat(assessmentDueBy(after)).isEqualTo(endOfDayAfter(receivedAt(after), 10));
            assertThat(wbClock.maxExtensionDays(WbProperties.Regime.CN, after)).isEqualTo(20);

            assertThat(assessmentDueBy(before)).isEqualTo(endOfDayAfter(receivedAt(before), 15));
            assertThat(wbClock.maxExtensionDays(WbProperties.Regime.CN, before)).isEqualTo(30);
            assertThat(wbClock.assessmentDue(WbProperties.Regime.CN, before, receivedAt(before)))
                    .isEqualTo(wbClock.assessmentDue(WbProperties.Regime.CN, receivedAt(before)));
        }
    }

    private String register() {
        var submission = json.convertValue(Map.of("anonymous", true,
                "reportedParty", Map.of("name", "某客户经理", "unit", "某分行营业部"),
                "description", "客户经理私下收取客户费用。", "occurredAt", "2026-09-01", "location", "北京"),
                ReportSubmission.class);
        return intake.register(submission).reportNumber();
    }

    private Object variable(String reportNumber, String name) {
        String id = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reportNumber).singleResult().getId();
        return runtimeService.getVariable(id, name);
    }

    private Date assessmentDueBy(String reportNumber) {
        return (Date) variable(reportNumber, Vars.ASSESSMENT_DUE_BY.name());
    }

    private Date receivedAt(String reportNumber) {
        return (Date) variable(reportNumber, Vars.RECEIVED_AT.name());
    }

    private Date endOfDayAfter(Date start, int days) {
        return Date.from(start.toInstant().atZone(properties.zone()).toLocalDate().plusDays(days)
                .atTime(LocalTime.of(23, 59, 59)).atZone(properties.zone()).toInstant());
    }
}
