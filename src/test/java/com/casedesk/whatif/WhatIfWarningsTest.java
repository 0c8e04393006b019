package com.casedesk.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warnings report.json and the first screen carry, each where an assumption rather than the models decides. */
@UnitTest
class WhatIfWarningsTest {

    private static List<String> codes(List<RunResult> baseline, List<RunResult> candidate) {
        JsonNode report = WhatIfReport.figures(baseline, candidate, TinyRuns.assumptions(baseline, candidate));
        List<String> codes = new ArrayList<>();
        report.path("warnings").forEach(w -> codes.add(w.path("code").asText()));
        return codes;
    }

    @Test
    void theTinyYearWarnsOfIdleCapacityUnstaffedSupervisorsCensoringSmallLevelsAndOneSeed() {
        JsonNode report = WhatIfReport.figures(List.of(TinyRuns.baseline(1)), List.of(TinyRuns.candidate(1)),
                TinyRuns.assumptions(List.of(TinyRuns.baseline(1)), List.of(TinyRuns.candidate(1))));

        List<String> en = new ArrayList<>();
        report.path("warnings").forEach(w -> en.add(w.path("en").asText()));
        // frontline at most 20 % in a week; supervisors had tasks waiting, nobody staffed; 1 of 6 censored (16.7 %)
        assertThat(en).contains(
                "capacity never binds (highest weekly utilisation of any group 20.0%): the on-time rate reflects the"
                        + " models' clocks, not staffing",
                "baseline: complaint-supervisor had tasks but zero headcount: nobody worked them",
                "candidate: complaint-supervisor had tasks but zero headcount: nobody worked them",
                "baseline: 1 cases (16.7%) censored: the run ended before their statutory date, undecided; they are in"
                        + " no rate",
                "baseline: small numbers: level 2 has 2 cases (fewer than 200); level comparisons move by chance",
                "no spread: one seed only; run --seeds=5");
        assertThat(report.path("warnings").get(0).path("zh").asText()).startsWith("人员产能从未成为约束");
        assertThat(codes(List.of(TinyRuns.baseline(1)), null)).containsExactly("capacity-never-binds", "zero-headcount",
                "censored", "small-numbers", "small-numbers", "small-numbers", "single-seed");
    }

    @Test
    void aGroupBusyAtLeast95PercentInMoreThanFourWeeksDrivesTheResult() {
        List<GroupWeek> weeks = new ArrayList<>();
        for (int w = 10; w < 16; w++) {
            // five of six weeks saturated, one at 0.9
            weeks.add(new GroupWeek("2026-W" + w, "complaint-frontline", 40, 50, w == 12 ? 76.5 : 85, 85,
                    w == 12 ? 0.9 : 1.0));
        }
        RunResult busy = TinyRuns.run("baseline", 1, TinyRuns.baselineCases(), weeks);

        List<String> codes = codes(List.of(busy), null);

        assertThat(codes).contains("saturated").doesNotContain("capacity-never-binds", "zero-headcount");
        JsonNode report = WhatIfReport.figures(List.of(busy), null, TinyRuns.assumptions(List.of(busy), null));
        assertThat(report.path("warnings").get(0).path("en").asText()).isEqualTo("baseline: complaint-frontline at"
                + " ≥ 95% utilisation in 5 weeks: results driven by the headcount of complaint-frontline");
        assertThat(report.at("/baseline/byGroup/complaint-frontline/saturatedWeeks").asInt()).isEqualTo(5);
    }

    @Test
    void aDifferenceWithinTheSeedsSpreadIsSaidToBeMaybeChance() {
        // baseline rates 0.8 and 0.6 (case 0 late in seed 2), candidate 0.8 in both: ranges overlap
        List<CaseOutcome> worse = new ArrayList<>(TinyRuns.baselineCases());
        worse.set(0, TinyRuns.outcome("b", 0, 3, "CN-15", "dept-claims", 'F', 'F', 20, 0));
        List<RunResult> baseline = List.of(TinyRuns.baseline(1), TinyRuns.run("baseline", 2, worse, TinyRuns.weeks(3, 0, 1)));
        List<RunResult> candidate = List.of(TinyRuns.candidate(1), TinyRuns.candidate(2));

        assertThat(codes(baseline, candidate)).contains("within-spread").doesNotContain("single-seed");

        // a candidate that puts every measured case on time in both seeds stands clear of the baseline's range
        List<CaseOutcome> better = TinyRuns.candidateCases().stream()
                .map(c -> c.onTime() == null ? c : TinyRuns.outcome("c", c.seq(), c.level(), c.rule(), c.department(),
                        'T', 'T', 0, 0)).toList();
        List<RunResult> clear = List.of(TinyRuns.run("candidate", 1, better, TinyRuns.weeks(4, 1, 2)),
                TinyRuns.run("candidate", 2, better, TinyRuns.weeks(4, 1, 2)));
        assertThat(codes(baseline, clear)).doesNotContain("within-spread", "single-seed");
    }
}
