package com.casedesk.complaint.grading;

import com.casedesk.complaint.BusinessLine;
import com.casedesk.complaint.ComplaintCategory;
import com.casedesk.complaint.ComplaintProcess;
import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.security.StaffGroups;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One case per row of {@code complaint-department.dmn}, and every category on every business line. */
class ComplaintDepartmentDecisionTest {

    private static DmnDecision decision;
    private static DmnEngine engine;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = ComplaintDepartmentDecisionTest.class.getResourceAsStream(
                "/processes/complaint/complaint-department.dmn")) {
            decision = engine.parseDecision(ComplaintProcess.DEPARTMENT_DECISION, dmn);
        }
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("row 1: claim dispute, even outside insurance", "BANK_CARDS", "CLAIM_DISPUTE", "dept-claims"),
                Arguments.of("row 2: surrender dispute", "INSURANCE", "SURRENDER_DISPUTE", "dept-underwriting"),
                Arguments.of("row 3: sales dispute", "INSURANCE", "SALES_DISPUTE", "dept-sales"),
                Arguments.of("row 3: marketing", "WEALTH_MANAGEMENT", "MARKETING", "dept-sales"),
                Arguments.of("row 3: information disclosure", "INSURANCE", "INFORMATION_DISCLOSURE", "dept-sales"),
                Arguments.of("row 3: freedom of choice", "LOANS", "FREEDOM_OF_CHOICE", "dept-sales"),
                Arguments.of("row 4: anything else on insurance", "INSURANCE", "SERVICE_QUALITY", "dept-claims"),
                Arguments.of("row 5: anything else", "DEPOSITS", "SERVICE_QUALITY", "dept-operations"),
                Arguments.of("row 5: other line, other cause", "OTHER", "OTHER", "dept-operations"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void choosesTheDepartment(String row, String businessLine, String category, String department) {
        assertThat(department(businessLine, category)).isEqualTo(department);
    }

    @Test
    void everyCategoryOnEveryBusinessLineHasOneOfTheDepartments() {
        for (BusinessLine line : BusinessLine.values()) {
            for (ComplaintCategory category : ComplaintCategory.values()) {
                assertThat(department(line.name(), category.name())).as(line + "/" + category)
                        .isIn(StaffGroups.DEPARTMENTS);
            }
        }
    }

    private static String department(String businessLine, String category) {
        DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision,
                Map.of("businessLine", businessLine, "category", category)).getFirstResult();
        return result.getEntry("department");
    }
}
