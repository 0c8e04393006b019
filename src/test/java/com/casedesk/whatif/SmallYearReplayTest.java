package com.casedesk.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.PostgresDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code whatif} command as an owner runs it, on PostgreSQL: 200 complaints of 2025 through the release and
 * through a candidate grading table that sends claims from 10,000 (not 50,000) to Level 2, each side in a JVM of
 * its own on a throwaway database of the test's PostgreSQL server. The candidate must show more Level-2 cases and
 * more work for the supervisors, who organise every Level-2 investigation.
 */
class SmallYearReplayTest {

    @TempDir
    Path out;

    @Test
    void aGradingTableThatSendsMoreCasesToLevelTwoShowsMoreLevelTwoCasesAndMoreSupervisorWork() throws IOException {
        Path candidate = Path.of("bench/whatif/candidate-grading").toAbsolutePath();
        int exit = PostgresDatabase.with(db -> WhatIfCommand.main(List.of("--candidate=" + candidate, "--year=2025",
                "--cases=200", "--seed=3", "--parallel=2", "--max-heap=1g", "--out=" + out,
                "--database=" + server(db))));
        assertThat(exit).as("exit code; logs in " + out.resolve("runs")).isZero();

        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        JsonNode baseline = report.path("baseline");
        JsonNode changed = report.path("candidate");
        assertThat(baseline.path("cases").asInt()).isEqualTo(200);
        assertThat(changed.path("cases").asInt()).isEqualTo(200);
        int level2Before = baseline.path("byLevel").path("2").path("cases").asInt();
        int level2After = changed.path("byLevel").path("2").path("cases").asInt();
        assertThat(level2Before).isPositive();
        assertThat(level2After).isGreaterThan(level2Before);
        assertThat(supervisorHours(changed)).isGreaterThan(supervisorHours(baseline));
        assertThat(report.path("assumptions").toString()).contains("complaint-grading");
        assertThat(out.resolve("report.html")).exists();
        // each side ran on its own database, dropped afterwards
        List<String> left = PostgresDatabase.with(SmallYearReplayTest::databases);
        assertThat(left).noneMatch(name -> name.startsWith("whatif_"));
    }

    private static double supervisorHours(JsonNode side) {
        return StreamSupport.stream(side.path("weekly").spliterator(), false)
                .filter(w -> w.path("group").asText().equals("complaint-supervisor"))
                .mapToDouble(w -> w.path("busyHours").asDouble()).sum();
    }

    private static String server(PostgresDatabase.Connection db) {
        String url = db.url().contains("?") ? db.url().substring(0, db.url().indexOf('?')) : db.url();
        return url + "?user=" + URLEncoder.encode(db.user(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(db.password(), StandardCharsets.UTF_8);
    }

    private static List<String> databases(PostgresDatabase.Connection db) {
        try (var c = java.sql.DriverManager.getConnection(db.url(), db.user(), db.password());
             var rs = c.createStatement().executeQuery("select datname from pg_database")) {
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
