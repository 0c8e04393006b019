package com.casedesk.complaint.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.ComplaintFlag;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.process.DecisionMatches;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The grading reason from every row of {@code complaint-grading.dmn} a case matches, evaluated on the shipped file. */
class GradingReasonDecisionTest {

    static final String AMOUNT_L1 = "索赔金额≥50万";
    static final String MASS = "群体性事件";
    static final String JOINT = "共同投诉人数≥20";

    private static DmnEngine engine;
    private static String table;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = GradingReasonDecisionTest.class.getResourceAsStream(
                "/processes/complaint/complaint-grading.dmn")) {
            table = new String(dmn.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void oneMatchingConditionIsTheReason() {
        assertThat(reason(table, facts(0, Set.of(ComplaintFlag.MASS_INCIDENT), 1, "ONLINE"))).isEqualTo(MASS);
        assertThat(reason(table, facts(60_000, Set.of(), 1, "ONLINE")))
                .isEqualTo("索赔金额≥5万");
        assertThat(reason(table, facts(12_000, Set.of(), 1, "HOTLINE"))).isEqualTo("一般投诉");
    }

    @Test
    void everyMatchingConditionIsListedInRuleOrder() {
        assertThat(reason(table, facts(600_000, Set.of(ComplaintFlag.MASS_INCIDENT), 25, "ONLINE")))
                .isEqualTo(AMOUNT_L1 + "；" + MASS + "；" + JOINT);
        assertThat(reason(table, facts(0, Set.of(ComplaintFlag.AGITATED), 1, "REGULATOR_TRANSFER")))
                .isEqualTo("情绪激动；监管转办");
    }

    @Test
    void aLevel2ConditionOfALevel1CaseIsAConditionThatMatchedToo() {
        assertThat(reason(table, facts(600_000, Set.of(ComplaintFlag.AGITATED), 1, "ONLINE")))
                .isEqualTo(AMOUNT_L1 + "；情绪激动");
    }

    @Test
    void aThresholdChangedInTheTableChangesTheReason() {
        assertThat(table).contains("<text>&gt;= 500000</text>", "<text>&gt;= 20</text>");
        String changed = table.replace("<text>&gt;= 500000</text>", "<text>&gt;= 300000</text>")
                .replace("<text>&gt;= 20</text>", "<text>&gt;= 15</text>");

        assertThat(reason(changed, facts(350_000, Set.of(), 16, "ONLINE")))
                .isEqualTo("索赔金额≥30万；共同投诉人数≥15");
    }

    @Test
    void aThresholdThatIsNoRoundTenThousandIsWrittenOut() {
        assertThat(GradingReasons.describe(new DecisionMatches.Condition("索赔金额 Claimed amount (CNY)", ">=12345.5")))
                .isEqualTo("索赔金额≥12345.5");
        assertThat(GradingReasons.describe(new DecisionMatches.Condition("共同投诉人数 Joint complainants", "< 3")))
                .isEqualTo("共同投诉人数<3");
    }

    @Test
    void theChinesePartOfABilingualTextIsTheReason() {
        assertThat(GradingReasons.chinese("共同投诉≥20人(第29条) ≥20 joint complainants (Art. 29)")).isEqualTo("共同投诉≥20人(第29条)");
        assertThat(GradingReasons.chinese("索赔金额 Claimed amount (CNY)")).isEqualTo("索赔金额");
        assertThat(GradingReasons.chinese("Ordinary complaint")).isEqualTo("Ordinary complaint");
    }

    @Test
    void aReasonTooLongForTheLedgerEndsWithDeng() {
        var rules = java.util.stream.IntStream.range(0, 40).mapToObj(i -> new DecisionMatches.MatchedRule("r" + i,
                java.util.List.of(new DecisionMatches.Condition("条件" + i + " Condition", "true")), Map.of())).toList();
        String reason = GradingReasons.compose(rules);
        assertThat(reason).startsWith("条件0；条件1；").endsWith("等").hasSizeLessThanOrEqualTo(GradingReasons.MAX_LENGTH);
    }

    private static String reason(String dmn, Map<String, Object> facts) {
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(dmn.getBytes(StandardCharsets.UTF_8)));
        return GradingReasons.compose(DecisionMatches.of(engine, ComplaintProcess.GRADING_DECISION, model, facts));
    }

    static Map<String, Object> facts(double amount, Set<ComplaintFlag> flags, int joint, String channel) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("claimedAmount", amount);
        facts.put("jointComplainants", joint);
        facts.put("channel", channel);
        for (ComplaintFlag f : ComplaintFlag.values()) {
            facts.put(f.variable(), flags.contains(f));
        }
        return facts;
    }
}
