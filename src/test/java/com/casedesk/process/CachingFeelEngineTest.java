package com.casedesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.complaint.BusinessLine;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintCategory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/** The caching FEEL engine answers exactly as Camunda's own, for our tables and for FEEL at large. */
class CachingFeelEngineTest {

    private final ScalaFeelEngine stock = new ScalaFeelEngine(List.of());
    private final CachingFeelEngine cached = new CachingFeelEngine(List.of());

    @Test
    void expressionsEvaluateAsTheStockEngineDoes() {
        VariableContext vars = Variables.createVariables()
                .putValue("amount", 50_000.0).putValue("joint", 20).putValue("flag", true)
                .putValue("channel", "ONLINE").putValue("missing", null).asVariableContext();
        for (String expression : List.of("amount", "amount >= 50000", "flag = true or (joint != null and joint >= 20)",
                "\"金额≥50万 Amount ≥ 500,000\"", "upper case(channel)", "string length(channel) + joint",
                "missing = null", "date(\"2026-10-01\") + duration(\"P1D\")", "[1, 2, 3][item > 1]",
                "if amount > 1 then \"big\" else \"small\"", "{a: 1, b: joint}.b", "sum([amount, 1])")) {
            for (int round = 0; round < 2; round++) {
                assertThat((Object) cached.evaluateSimpleExpression(expression, vars)).as(expression)
                        .isEqualTo(stock.evaluateSimpleExpression(expression, vars));
            }
        }
    }

    @Test
    void unaryTestsMatchAsTheStockEngineDoes() {
        for (Object input : new Object[] {0.0, 49_999.99, 50_000.0, 500_000.0, "ONLINE", "HOTLINE", true, false, null}) {
            VariableContext vars = Variables.createVariables().putValue("cellInput", input)
                    .putValue("limit", 50_000.0).asVariableContext();
            for (String test : List.of("-", ">= 500000", "[50000..500000[", "< limit", "\"ONLINE\",\"HOTLINE\"",
                    "not(\"ONLINE\")", "true", "false", "null", "? > 10")) {
                boolean expected;
                try {
                    expected = stock.evaluateSimpleUnaryTests(test, "cellInput", vars);
                } catch (FeelException e) {
                    assertThatThrownBy(() -> cached.evaluateSimpleUnaryTests(test, "cellInput", vars))
                            .as(test + " on " + input).isInstanceOf(FeelException.class);
                    continue;
                }
                assertThat(cached.evaluateSimpleUnaryTests(test, "cellInput", vars)).as(test + " on " + input)
                        .isEqualTo(expected);
                assertThat(cached.evaluateSimpleUnaryTests(test, "cellInput", vars)).isEqualTo(expected);
            }
        }
    }

    @Test
    void errorsReadAsTheStockEngine() {
        VariableContext vars = Variables.createVariables().putValue("x", 1).asVariableContext();
        for (String broken : List.of("x >", "unknownVariable + 1", "assert(x, x > 5)", "number(\"abc\") + 1")) {
            String expected = message(() -> stock.evaluateSimpleExpression(broken, vars));
            String actual = message(() -> cached.evaluateSimpleExpression(broken, vars));
            assertThat(actual).as(broken).isEqualTo(expected);
        }
        assertThat(message(() -> cached.evaluateSimpleExpression("x >", vars))).contains("failed to parse");
        assertThat(message(() -> cached.evaluateSimpleExpression("assert(x, x > 5)", vars))).contains("Assertion failure");
    }

    @Test
    void parsesEachTextOnceAndStaysBounded() {
        VariableContext vars = Variables.createVariables().putValue("x", 1).asVariableContext();
        for (int i = 0; i < 3; i++) {
            cached.evaluateSimpleExpression("x + 1", vars);
            cached.evaluateSimpleUnaryTests("> 0", "x", vars);
        }
        assertThat(cached.cachedCount()).isEqualTo(2);

        for (int i = 0; i < CachingFeelEngine.MAX_CACHED + 10; i++) {
            cached.evaluateSimpleExpression("x + " + i, vars);
        }
        assertThat(cached.cachedCount()).isLessThanOrEqualTo(CachingFeelEngine.MAX_CACHED + 1);
    }

    @Test
    void concurrentEvaluationsDoNotShareState() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> work = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                int n = i;
                work.add(() -> {
                    VariableContext vars = Variables.createVariables().putValue("n", n).asVariableContext();
                    Object sum = cached.evaluateSimpleExpression("n * 2 + 1", vars);
                    boolean even = cached.evaluateSimpleUnaryTests("even(?)", "n", vars);
                    boolean failed;
                    try {
                        cached.evaluateSimpleExpression(n % 7 == 0 ? "assert(n, n < 0)" : "n", vars);
                        failed = false;
                    } catch (FeelException e) {
                        failed = true;
                    }
                    return ((Number) sum).longValue() == 2L * n + 1 && even == (n % 2 == 0) && failed == (n % 7 == 0 && n != 0 || n == 0);
                });
            }
            for (Future<Boolean> result : pool.invokeAll(work)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every deployed decision table gives the same result rows with either engine, over a grid of inputs. */
    @Test
    void ourDecisionTablesDecideAsWithTheStockEngine() throws Exception {
        DmnEngine stockDmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        DefaultDmnEngineConfiguration cachingConfig =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        cachingConfig.setFeelEngineFactory(() -> new CachingFeelEngine(List.of()));
        DmnEngine cachingDmn = cachingConfig.buildEngine();

        List<Path> tables;
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            tables = files.filter(p -> p.toString().endsWith(".dmn")).toList();
        }
        assertThat(tables).isNotEmpty();
        int compared = 0;
        for (Path table : tables) {
            for (DmnDecision decision : parse(stockDmn, table)) {
                DmnDecision sameWithCache = parse(cachingDmn, table).stream()
                        .filter(d -> d.getKey().equals(decision.getKey())).findFirst().orElseThrow();
                for (Map<String, Object> facts : grid()) {
                    assertThat(cachingDmn.evaluateDecision(sameWithCache, facts).getResultList())
                            .as(table + " with " + facts)
                            .isEqualTo(stockDmn.evaluateDecision(decision, facts).getResultList());
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    private static List<DmnDecision> parse(DmnEngine engine, Path table) throws Exception {
        try (InputStream in = Files.newInputStream(table)) {
            return engine.parseDecisions(in);
        }
    }

    /** Inputs of every table, on and around their rows' edges. */
    private static List<Map<String, Object>> grid() {
        List<Map<String, Object>> grid = new ArrayList<>();
        BusinessLine[] lines = BusinessLine.values();
        ComplaintCategory[] categories = ComplaintCategory.values();
        Channel[] channels = Channel.values();
        double[] amounts = {0.0, 49_999.99, 50_000.0, 499_999.99, 500_000.0};
        String[] flags = {null, "massIncident", "legalDispute", "reputationRisk", "agitated", "mediaAttention"};
        int i = 0;
        for (double amount : amounts) {
            for (String flag : flags) {
                for (int joint : new int[] {1, 19, 20}) {
                    Map<String, Object> facts = new HashMap<>();
                    facts.put("claimedAmount", amount);
                    facts.put("jointComplainants", joint);
                    facts.put("channel", channels[i % channels.length].name());
                    for (String f : flags) {
                        if (f != null) {
                            facts.put(f, f.equals(flag));
                        }
                    }
                    facts.put("level", 1 + i % 3);
                    facts.put("businessLine", lines[i % lines.length].name());
                    facts.put("category", categories[(i / lines.length) % categories.length].name());
                    facts.put("receivedOn", LocalDate.of(2026, 1 + i % 12, 1).toString());
                    grid.add(facts);
                    i++;
                }
            }
        }
        return grid;
    }

    private static String message(Runnable evaluation) {
        try {
            evaluation.run();
            return "no error";
        } catch (FeelException e) {
            return e.getMessage();
        }
    }
}
