package com.casedesk.whatif;

import static com.casedesk.whatif.TinyRuns.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.support.UnitTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.json of the hand-made {@link TinyRuns}, read back from the file written: every figure worked out by hand
 * beside its assertion.
 */
@UnitTest
class WhatIfReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path out;

    private JsonNode written(List<RunResult> baseline, List<RunResult> candidate) throws IOException {
        WhatIfReport.write(baseline, candidate, TinyRuns.assumptions(baseline, candidate), out);
        return JSON.readTree(Files.readString(out.resolve("report.json")));
    }

    @Test
    void oneSeedFiguresAreThoseWorkedOutByHand() throws IOException {
        JsonNode report = written(List.of(TinyRuns.baseline(1)), List.of(TinyRuns.candidate(1)));
        JsonNode b = report.path("baseline");
        // on time 0,1,3,4 of the measured 0..4 (5 censored); 2 late by 10 h
        assertThat(b.path("cases").asInt()).isEqualTo(6);
        assertThat(b.path("measured").asInt()).isEqualTo(5);
        assertThat(b.path("censored").asInt()).isEqualTo(1);
        assertThat(b.path("statutoryOnTimeRate").asDouble()).isEqualTo(0.8);
        assertThat(b.path("statutoryOnTimeRateOriginal").asDouble()).isEqualTo(0.4);
        assertThat(b.path("escalations").asInt()).isEqualTo(3);
        assertThat(b.path("escalatedCases").asInt()).isEqualTo(2);
        assertThat(b.path("extensions").asInt()).isEqualTo(1);
        assertThat(b.path("extensionsRequestedLate").asInt()).isEqualTo(1);
        assertThat(b.path("pauses").asInt()).isEqualTo(1);
        assertThat(b.path("restarts").asInt()).isEqualTo(1);
        assertThat(b.path("casesWithMoreThanOneRound").asInt()).isEqualTo(1);
        assertThat(b.path("deadlinesOnNonWorkingDays").asInt()).isEqualTo(1);
        assertThat(b.path("latenessHours").toString()).isEqualTo("{\"lateCases\":1,\"p50\":10,\"p90\":10}");
        assertThat(b.path("byLevel").toString()).startsWith("{\"1\":{\"cases\":1,\"statutoryOnTimeRate\":1.0,");
        assertThat(b.at("/byLevel/2/cases").asInt()).isEqualTo(2);
        assertThat(b.at("/byLevel/2/statutoryOnTimeRate").asDouble()).isEqualTo(0.5);
        assertThat(b.at("/byLevel/3/cases").asInt()).isEqualTo(3);
        assertThat(b.at("/byLevel/3/measured").asInt()).isEqualTo(2);
        assertThat(b.at("/byLevel/3/statutoryOnTimeRate").asDouble()).isEqualTo(1.0);
        assertThat(b.at("/byRule/CN-15/cases").asInt()).isEqualTo(4);
        assertThat(b.at("/byRule/CN-15/statutoryOnTimeRate").asDouble()).isEqualTo(0.6667);
        assertThat(names(b.path("byDepartment"))).containsExactly(HOSTILE, "dept-claims", "dept-sales");
        assertThat(b.at("/byDepartment/dept-sales/statutoryOnTimeRate").asDouble()).isEqualTo(0.5);
        assertThat(b.path("weekly").toString()).startsWith("[{\"week\":\"2026-W07\",\"group\":\"complaint-frontline\","
                + "\"backlog\":3,\"utilisation\":0.1,\"completed\":4,\"busyHours\":8.5,\"availableHours\":85.0},"
                + "{\"week\":\"2026-W07\",\"group\":\"complaint-supervisor\",\"backlog\":1,");
        assertThat(b.path("weekly").get(2).path("backlog").asInt()).isZero();
        assertThat(b.path("weekly").get(3).path("backlog").asInt()).isEqualTo(2);
        // frontline over both weeks: 25.5 busy of 170 available hours
        assertThat(b.at("/byGroup/complaint-frontline/utilisation").asDouble()).isEqualTo(0.15);
        assertThat(b.at("/byGroup/complaint-frontline/maxUtilisation").asDouble()).isEqualTo(0.2);

        JsonNode c = report.path("candidate");
        // case 1 now Level 2 and late (30 h), case 2 on time: the same rate, one more Level-2 case
        assertThat(c.path("statutoryOnTimeRate").asDouble()).isEqualTo(0.8);
        assertThat(c.path("escalations").asInt()).isEqualTo(3);
        assertThat(c.at("/byLevel/2/cases").asInt()).isEqualTo(3);
        assertThat(c.at("/byLevel/2/statutoryOnTimeRate").asDouble()).isEqualTo(0.6667);
        assertThat(c.at("/byLevel/3/cases").asInt()).isEqualTo(2);
        assertThat(c.at("/latenessHours/p90").asInt()).isEqualTo(30);
        assertThat(c.path("weekly").get(0).path("backlog").asInt()).isEqualTo(4);
        assertThat(report.at("/delta/byLevel/2/cases").asInt()).isEqualTo(1);
        assertThat(report.at("/delta/byLevel/2/statutoryOnTimeRate").asDouble()).isEqualTo(0.1667);
        assertThat(report.at("/delta/statutoryOnTimeRate").asDouble()).isEqualTo(0.0);

        JsonNode flips = report.path("flips");
        assertThat(flips.path("count").asInt()).isEqualTo(2);
        assertThat(flips.path("toLate").asInt()).isEqualTo(1);
        assertThat(flips.path("toOnTime").asInt()).isEqualTo(1);
        JsonNode first = flips.path("cases").get(0);
        assertThat(first.path("seq").asInt()).isEqualTo(1);
        assertThat(first.path("becomes").asText()).isEqualTo("late");
        assertThat(first.path("channel").asText()).isEqualTo("PHONE");
        assertThat(first.path("amountBand").asText()).isEqualTo("10k-50k");
        assertThat(first.path("flags").toString()).isEqualTo("[\"VULNERABLE\"]");
        assertThat(first.at("/baseline/level").asInt()).isEqualTo(3);
        assertThat(first.at("/candidate/level").asInt()).isEqualTo(2);
        assertThat(first.at("/candidate/department").asText()).isEqualTo("dept-claims");
        assertThat(flips.path("cases").get(1).path("seq").asInt()).isEqualTo(2);

        assertThat(report.at("/assumptions/changedModels").toString()).isEqualTo("[{\"resource\":"
                + "\"decisions/complaint-grading.dmn\",\"baselineSha256\":\"bb22\",\"candidateSha256\":\"cc33\"}]");
        assertThat(report.at("/assumptions/staffing/headcount").toString())
                .isEqualTo("{\"complaint-frontline\":2,\"complaint-supervisor\":0}");
        assertThat(report.at("/run/baseline/0/seconds").toString())
                .isEqualTo("{\"start\":3.0,\"tasks\":5.0,\"jobs\":4.25,\"total\":12.5}");
        assertThat(names(report)).containsExactly("report", "year", "assumptions", "warnings", "baseline", "candidate",
                "delta", "flips", "run");
    }

    @Test
    void threeSeedsGiveTheMeanAndTheSpread() throws IOException {
        // seed 2: case 5 decided on time (5 of 6); seed 3: case 0 late by 20 h (3 of 5); seed 1: 4 of 5
        List<CaseOutcome> second = new ArrayList<>(TinyRuns.baselineCases());
        second.set(5, TinyRuns.outcome("b", 5, 3, "CN-15", "dept-claims", 'T', 'T', 0, 0));
        List<CaseOutcome> third = new ArrayList<>(TinyRuns.baselineCases());
        third.set(0, TinyRuns.outcome("b", 0, 3, "CN-15", "dept-claims", 'F', 'F', 20, 0));
        List<RunResult> baseline = List.of(TinyRuns.baseline(1),
                TinyRuns.run("baseline", 2, second, TinyRuns.weeks(3, 0, 1)),
                TinyRuns.run("baseline", 3, third, TinyRuns.weeks(5, 2, 1)));
        List<RunResult> candidate = List.of(TinyRuns.candidate(1), TinyRuns.candidate(2), TinyRuns.candidate(3));

        JsonNode b = written(baseline, candidate).path("baseline");

        // (0.8 + 0.8333… + 0.6) / 3 = 0.7444…; sample stddev √(((0.0556)² + (0.0889)² + (0.1444)²) / 2) = 0.1262
        assertThat(b.path("statutoryOnTimeRate").asDouble()).isEqualTo(0.7444);
        assertThat(b.at("/spread/statutoryOnTimeRate").toString()).isEqualTo("{\"min\":0.6,\"max\":0.8333,\"stddev\":0.1262}");
        assertThat(b.path("cases").toString()).isEqualTo("6");
        assertThat(b.at("/spread/cases").toString()).isEqualTo("{\"min\":6,\"max\":6,\"stddev\":0.0}");
        assertThat(b.path("measured").asDouble()).isEqualTo(5.3333);
        assertThat(b.path("censored").asDouble()).isEqualTo(0.6667);
        assertThat(b.path("escalations").toString()).isEqualTo("3");
        // seed 3's late cases: 10 and 20 h (nearest rank p50 = 10, p90 = 20); the others' only 10 h
        assertThat(b.at("/latenessHours/p90").asDouble()).isEqualTo(13.3333);
        // frontline backlog at the end of W07: 3, 3, 5
        assertThat(b.path("weekly").get(0).path("backlog").asDouble()).isEqualTo(3.6667);
        assertThat(b.path("seeds")).hasSize(3);
        assertThat(b.at("/seeds/1/seed").asInt()).isEqualTo(2);
        assertThat(b.at("/seeds/1/statutoryOnTimeRate").asDouble()).isEqualTo(0.8333);
        assertThat(b.at("/seeds/2/statutoryOnTimeRate").asDouble()).isEqualTo(0.6);
        // seed 3, Level 3: case 0 late, case 1 on time, case 5 censored
        assertThat(b.at("/seeds/2/byLevel/3/statutoryOnTimeRate").asDouble()).isEqualTo(0.5);
    }

    @Test
    void baselineOnlyHasNoCandidateAndNoFlips() throws IOException {
        JsonNode report = written(List.of(TinyRuns.baseline(1)), null);

        assertThat(report.has("candidate")).isFalse();
        assertThat(report.has("flips")).isFalse();
        assertThat(report.at("/assumptions/changedModels")).isEmpty();
        assertThat(report.at("/baseline/statutoryOnTimeRate").asDouble()).isEqualTo(0.8);
        assertThat(Files.readString(out.resolve("report.html"))).doesNotContain("候选 案件", "结果翻转");
        assertThatThrownBy(() -> WhatIfReport.figures(List.of(), null, TinyRuns.assumptions(List.of(), null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameRunsGiveByteIdenticalFilesWhateverTheOrderTheyComeIn(@TempDir Path other) throws IOException {
        List<RunResult> baseline = List.of(TinyRuns.baseline(1), TinyRuns.baseline(2));
        List<RunResult> candidate = List.of(TinyRuns.candidate(1), TinyRuns.candidate(2));
        WhatIfReport.write(baseline, candidate, TinyRuns.assumptions(baseline, candidate), out);
        List<RunResult> reversed = List.of(TinyRuns.baseline(2), TinyRuns.baseline(1));
        WhatIfReport.write(reversed, List.of(TinyRuns.candidate(2), TinyRuns.candidate(1)),
                TinyRuns.assumptions(baseline, candidate), other);

        for (String file : List.of("report.json", "report.html")) {
            assertThat(Files.readAllBytes(other.resolve(file))).isEqualTo(Files.readAllBytes(out.resolve(file)));
        }
        assertThat(Files.readString(out.resolve("report.json"))).doesNotContain("\r").endsWith("}\n");
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
