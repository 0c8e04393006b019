package com.casedesk.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same seed gives the same replay: January 2025's share of a generated stream with the default staffing
 * (every task type, decisions and service times drawn), run twice, each in a context and database of its own,
 * gives the same outcomes, weeks and counts; only the wall-clock seconds differ.
 */
class ReplayDeterminismTest {

    @TempDir
    Path work;

    @Test
    void theSameSeedGivesTheSameReplay() {
        RunResult first = january(11);
        RunResult second = january(11);
        assertThat(first.cases()).hasSizeGreaterThan(20);
        assertThat(comparable(second)).isEqualTo(comparable(first));
        assertThat(first.stats().tasksCompleted()).isPositive();
        assertThat(first.weekly()).isNotEmpty();
    }

    private RunResult january(long seed) {
        return WhatIfRun.run(new WhatIfRun.Settings("baseline", seed, 2025, calendar ->
                Arrivals.generate(2025, 400, seed, ArrivalProfile.defaults(), calendar).stream()
                        .filter(a -> a.receivedAt().isBefore(LocalDate.of(2025, 2, 1).atStartOfDay(WhatIfRun.ZONE).toInstant()))
                        .toList(), Staffing.defaults(), null, null, work, false)).result();
    }

    /** The run without its wall-clock seconds. */
    private static ObjectNode comparable(RunResult run) {
        ObjectNode json = WhatIfCommand.JSON.valueToTree(run);
        ((ObjectNode) json.path("stats")).remove("seconds");
        return json;
    }
}
