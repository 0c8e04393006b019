package com.casedesk.complaint.grading;

import com.casedesk.complaint.ComplaintFlag;
import com.casedesk.complaint.ComplaintProcess;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One case per row of {@code complaint-grading.dmn}, each just on the row's edge. */
class ComplaintGradingDecisionTest {

    private static DmnDecision decision;
    private static DmnEngine engine;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = ComplaintGradingDecisionTest.class.getResourceAsStream(
                "/processes/complaint/complaint-grading.dmn")) {
            decision = engine.parseDecision(ComplaintProcess.GRADING_DECISION, dmn);
        }
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("row 1: amount ≥ 500,000", facts(500_000.0, null, 1, "ONLINE"), 1, false),
                Arguments.of("row 2: mass incident", facts(0.0, "massIncident", 1, "ONLINE"), 1, true),
                Arguments.of("row 3: legal dispute", facts(0.0, "legalDispute", 1, "ONLINE"), 1, false),
                Arguments.of("row 4: reputation risk", facts(0.0, "reputationRisk", 1, "ONLINE"), 1, false),
                Arguments.of("row 5: 20 joint complainants (Art. 29)", facts(0.0, null, 20, "ONLINE"), 1, true),
                Arguments.of("row 6: amount ≥ 50,000", facts(50_000.0, null, 1, "ONLINE"), 2, false),
                Arguments.of("row 7: agitated", facts(0.0, "agitated", 1, "ONLINE"), 2, false),
                Arguments.of("row 8: media attention", facts(0.0, "mediaAttention", 1, "ONLINE"), 2, false),
                Arguments.of("row 9: regulator transfer", facts(0.0, null, 1, "REGULATOR_TRANSFER"), 2, false),
                Arguments.of("row 10: ordinary", facts(49_999.99, null, 19, "HOTLINE"), 3, false),
                Arguments.of("first hit wins: amount ≥ 500,000 and agitated", facts(600_000.0, "agitated", 1, "ONLINE"), 1, false),
                Arguments.of("just below level 1 amount", facts(499_999.99, null, 1, "ONLINE"), 2, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void grades(String row, Map<String, Object> facts, int level, boolean major) {
        DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, facts).getSingleResult();

        assertThat(((Number) result.get("level")).intValue()).isEqualTo(level);
        assertThat(result.<Boolean>getEntry("major")).isEqualTo(major);
        assertThat(result.<String>getEntry("reason")).isNotBlank();
    }

    private static Map<String, Object> facts(double amount, String flag, int joint, String channel) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("claimedAmount", amount);
        facts.put("jointComplainants", joint);
        facts.put("channel", channel);
        for (ComplaintFlag f : ComplaintFlag.values()) {
            facts.put(f.variable(), f.variable().equals(flag));
        }
        return facts;
    }
}
