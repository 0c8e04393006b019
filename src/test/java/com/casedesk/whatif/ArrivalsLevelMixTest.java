package com.casedesk.whatif;

import static com.casedesk.whatif.ArrivalFixtures.YEAR_2026;
import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.ComplaintFlag;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.process.CachingFeelEngine;
import com.casedesk.support.UnitTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The levels the release's grading table ({@code processes/complaint/complaint-grading.dmn}, evaluated by Camunda's
 * DMN engine, FEEL as the service configures it, with the variables the process starts with: ComplaintProcess#startVariables) gives the arrivals.
 */
@UnitTest
class ArrivalsLevelMixTest {

    private static DmnEngine engine;
    private static DmnDecision grading;

    @BeforeAll
    static void parseTheReleasesGradingTable() throws Exception {
        // as the service configures it (process/DmnEngineSettings): the stock FEEL engine parses every entry again on
        // every evaluation (some 7 ms each), the caching one answers the same (CachingFeelEngineTest)
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.setFeelEngineFactory(() -> new CachingFeelEngine(List.of()));
        engine = configuration.buildEngine();
        try (InputStream dmn = Files.newInputStream(Path.of("processes/complaint/complaint-grading.dmn"))) {
            grading = engine.parseDecision(ComplaintProcess.GRADING_DECISION, dmn);
        }
    }

    @Test
    void theDefaultProfileGivesAPlausibleMixOfLevels() {
        // a few thousand: the table takes some 0.5 ms an evaluation until the JIT has warmed up
        int n = 3_000;
        Map<Integer, Long> levels = Arrivals.generate(2026, n, 1, ArrivalProfile.defaults(), YEAR_2026).stream()
                .collect(Collectors.groupingBy(ArrivalsLevelMixTest::level, TreeMap::new, Collectors.counting()));

        assertThat(levels.get(3) / (double) n).as("Level 3 of %s", levels).isBetween(0.80, 0.88);
        assertThat(levels.get(2) / (double) n).as("Level 2 of %s", levels).isBetween(0.10, 0.17);
        assertThat(levels.get(1) / (double) n).as("Level 1 of %s", levels).isBetween(0.01, 0.03);
    }

    @Test
    void ledgerRowsComeBackWithTheLevelTheLedgerRecorded(@TempDir Path dir) throws Exception {
        Path ledger = dir.resolve("ledger.csv");
        Files.writeString(ledger, """
                投诉编号,受理渠道,业务类别,投诉类型,投诉等级,重大投诉,受理时间
                C1,客服热线,保险,理赔纠纷,一级,是,2026-03-02 09:15
                C2,手机客户端,保险,销售纠纷,一级,否,2026-03-02 09:16
                C3,营业网点,保险,退保纠纷,二级,否,2026-03-02 09:17
                C4,监管转办,保险,理赔纠纷,二级,否,2026-03-02 09:18
                C5,网站在线平台,理财,其他,三级,否,2026-03-02 09:19
                C6,电子邮件,保险,合同条款,,否,2026-03-02 09:20
                """, StandardCharsets.UTF_8);

        List<Integer> levels = Arrivals.fromCsv(ledger, 2026, 1, YEAR_2026).stream().map(ArrivalsLevelMixTest::level).toList();

        assertThat(levels).containsExactly(1, 1, 2, 2, 3, 3);
    }

    static int level(Arrival a) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("claimedAmount", a.claimedAmount() == null ? 0.0 : a.claimedAmount().doubleValue());
        variables.put("jointComplainants", a.jointComplainants());
        variables.put("channel", a.channel().name());
        for (ComplaintFlag flag : ComplaintFlag.values()) {
            variables.put(flag.variable(), a.flags().contains(flag));
        }
        return ((Number) engine.evaluateDecisionTable(grading, variables).getSingleResult().get("level")).intValue();
    }
}
