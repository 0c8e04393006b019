package com.casedesk.statistics;

import com.casedesk.CasedeskApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times the statistics queries on a PostgreSQL database holding 100,000 complaints (bench/load.sql). Not a
 * test: run by {@code bench/statistics.sh}, which prepares the database and passes its URL. Starts the
 * service on a free port without the job executor (Flyway and the engine create their tables),
 * loads the data if the database has none, then runs each query twice to warm up and seven times timed,
 * and prints a Markdown table (median and slowest, milliseconds) for docs/performance.md. With
 * {@code --without-indexes} it times everything again without the V14 indexes and puts them back.
 */
public final class StatisticsBenchmark {

    private static final int WARM_UP = 2;
    private static final int RUNS = 7;
    private static final YearMonth MONTH = YearMonth.of(2026, 10);

    private StatisticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.url", "jdbc:postgresql://localhost:5432/casedesk_bench");
        // command-line arguments: they outrank application.yaml (builder properties would not)
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CasedeskApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + System.getProperty("bench.user", "casedesk_bench"),
                "--spring.datasource.password=" + System.getProperty("bench.password", "casedesk_bench"),
                "--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.metrics.enabled=false",
                "--camunda.bpm.metrics.db-reporter-activate=false", "--casedesk.statistics.metrics-refresh=PT24H",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN");
        try {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Integer complaints = jdbc.queryForObject("select count(*) from complaint", Integer.class);
            if (complaints == 0) {
                long start = System.nanoTime();
                for (String statement : statements(Files.readString(Path.of("bench/load.sql")))) {
                    jdbc.execute(statement);
                }
                System.out.printf(Locale.ROOT, "loaded in %.0f s%n", (System.nanoTime() - start) / 1e9);
            }
            System.out.println(sizes(jdbc));
            System.out.println(table(context, "with the V14 indexes"));
            if (Arrays.asList(args).contains("--without-indexes")) {
                List<String> indexes = statements(Files.readString(Path.of("src/main/resources/db/migration/V14__statistics_indexes.sql")));
                for (String create : indexes) {
                    jdbc.execute("drop index " + create.split("\\s+")[2]);
                }
                jdbc.execute("analyze");
                System.out.println(table(context, "without them"));
                indexes.forEach(jdbc::execute);
                jdbc.execute("analyze");
            }
        } finally {
            context.close();
        }
    }

    private static String table(ConfigurableApplicationContext context, String title) {
        ComplaintStatistics complaints = context.getBean(ComplaintStatistics.class);
        WhistleblowingStatistics whistleblowing = context.getBean(WhistleblowingStatistics.class);
        Bottlenecks bottlenecks = context.getBean(Bottlenecks.class);
        MonthlyReport report = context.getBean(MonthlyReport.class);
        MonthlyLedger ledger = context.getBean(MonthlyLedger.class);
        CaseMonitor monitor = context.getBean(CaseMonitor.class);
        CaseMetrics metrics = context.getBean(CaseMetrics.class);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Instant now = Instant.now();
        Period month = Period.ofMonth(MONTH, zone, now);
        Period year = Period.of(MONTH.minusMonths(11).atDay(1), MONTH.atEndOfMonth(), zone, now);

        StringBuilder out = new StringBuilder("\n| query (" + title + ") | median ms | slowest ms |\n|---|---:|---:|\n");
        out.append(row("complaint figures of a month (`/api/statistics/complaints?month=`)", () -> complaints.totals(month)));
        for (Dimension d : Dimension.values()) {
            out.append(row("… grouped by " + d.parameter(), () -> complaints.by(d, month)));
        }
        out.append(row("reviews, callbacks, rectifications of a month", () -> List.of(complaints.reviews(month),
                complaints.callbacks(month), complaints.rectifications(month))));
        out.append(row("trend, 12 months (`/complaints/trend`)", () -> complaints.trend(year)));
        out.append(row("whistleblowing figures of a month", () -> whistleblowing.figures(month)));
        out.append(row("bottlenecks of a month, all processes", () -> bottlenecks.steps(month, null)));
        out.append(row("monthly report, whole HTML page", () -> report.html(MONTH)));
        out.append(row("ledger CSV of a month", () -> ledger.csv(MONTH)));
        out.append(row("Cockpit dashboard (投诉监控)", monitor::dashboard));
        out.append(row("metrics snapshot refresh", () -> {
            metrics.refresh();
            return metrics.snapshot();
        }));
        return out.toString();
    }

    private static String row(String name, Supplier<?> query) {
        for (int i = 0; i < WARM_UP; i++) {
            query.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return String.format(Locale.ROOT, "| %s | %.0f | %.0f |%n", name, ms[RUNS / 2], ms[RUNS - 1]);
    }

    private static String sizes(JdbcTemplate jdbc) {
        List<String> parts = new ArrayList<>();
        for (String table : List.of("complaint", "case_event", "complaint_review", "rectification_action", "wb_report",
                "act_hi_actinst", "act_hi_taskinst")) {
            parts.add(table + " " + jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return "rows: " + String.join(", ", parts);
    }

    /** The statements of an SQL file: split at semicolons that end a line; comment lines dropped. */
    private static List<String> statements(String sql) {
        StringBuilder text = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.strip().startsWith("--")) {
                text.append(line).append('\n');
            }
        }
        return Arrays.stream(text.toString().split(";\\s*\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
