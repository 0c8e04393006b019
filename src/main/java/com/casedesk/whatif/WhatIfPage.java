package com.casedesk.whatif;

import com.casedesk.web.HtmlTemplates;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * report.html, {@code templates/whatif/report.html}, rendered from report.json's tree so that the page shows exactly
 * the figures of the file. First screen: the assumptions and warnings, then the headline side by side. Thymeleaf
 * escapes every text (department names and routing facts come from the runs); only the charts, built and escaped by
 * {@link WhatIfCharts}, go in as markup. No script, style sheet or font from elsewhere.
 */
final class WhatIfPage {

    static final int FLIPS_SHOWN = 200;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private static final TemplateEngine TEMPLATES = HtmlTemplates.in("templates/");

    private WhatIfPage() {
    }

    // Public records: the template reads them by reflection (OGNL), which needs public types.

    /** A name and a value (assumptions, warnings). */
    public record Item(String name, String value) {
    }

    /** A headline figure: each side's mean, its range over the seeds (empty for one seed), and the difference. */
    public record Row(String name, String baseline, String baselineRange, String candidate, String candidateRange,
                      String delta) {
    }

    /** One key of a breakdown (level, rule, regime, department): cases and on-time rates per side. */
    public record Breakdown(String key, String baselineCases, String baselineRate, String baselineOriginal,
                            String candidateCases, String candidateRate, String candidateOriginal, String delta) {
    }

    public record Table(String heading, String note, List<Breakdown> rows) {
    }

    public record GroupRow(String group, String headcount, String baselineUtilisation, String baselineMax,
                           String baselineSaturated, String baselineMaxBacklog, String candidateUtilisation,
                           String candidateMax, String candidateSaturated, String candidateMaxBacklog, String backlogChart,
                           String utilisationChart) {
    }

    public record Flip(String seq, String becomes, String received, String channel, String category,
                       String businessLine, String amountBand, String flags, String level, String department,
                       String rule, String lateness) {
    }

    public record RunRow(String side, String seed, String cases, String jobs, String failed, String tasks,
                         String vanished, String actions, String simulatedUntil, String seconds) {
    }

    static String render(ObjectNode report) {
        JsonNode b = report.path("baseline");
        JsonNode c = report.path("candidate");
        boolean candidate = c.isObject();
        Context page = new Context(Locale.SIMPLIFIED_CHINESE);
        page.setVariable("year", report.path("year").asText());
        page.setVariable("hasCandidate", candidate);
        page.setVariable("seedCount", report.path("assumptions").path("seeds").size());
        AssumptionRows.set(page, report.path("assumptions"));
        List<Item> warnings = new ArrayList<>();
        report.path("warnings").forEach(w -> warnings.add(new Item(w.path("zh").asText(), w.path("en").asText())));
        page.setVariable("warnings", warnings);
        page.setVariable("headline", Headline.rows(b, c));
        page.setVariable("tables", List.of(
                table("按投诉等级 By level", "等级由定级决策表确定（1 级最重）。", "byLevel", b, c),
                table("按法定期限规则 By rule", "CN-15 / CN-30（复杂）/ CN-60（延长）：最终适用的期限。", "byRule", b, c),
                table("按制度 By regime", "", "byRegime", b, c),
                table("按责任部门 By responsible department", "", "byDepartment", b, c)));
        page.setVariable("groups", GroupCharts.rows(report));
        JsonNode flips = report.path("flips");
        page.setVariable("flipCount", flips.path("count").asLong());
        page.setVariable("flipsToLate", flips.path("toLate").asLong());
        page.setVariable("flipsToOnTime", flips.path("toOnTime").asLong());
        page.setVariable("flipsShown", Math.min(FLIPS_SHOWN, flips.path("count").asLong()));
        List<Flip> flipRows = new ArrayList<>();
        ZoneId zone = ZoneId.of(report.at("/assumptions/zone").asText("Asia/Shanghai"));
        for (JsonNode f : flips.path("cases")) {
            if (flipRows.size() == FLIPS_SHOWN) {
                break;
            }
            flipRows.add(flip(f, zone));
        }
        page.setVariable("flips", flipRows);
        page.setVariable("runs", runs(report.path("run")));
        return TEMPLATES.process("whatif/report", page);
    }

    private static Table table(String heading, String note, String field, JsonNode b, JsonNode c) {
        List<Breakdown> rows = new ArrayList<>();
        b.path(field).fieldNames().forEachRemaining(key -> {
            JsonNode x = b.path(field).path(key);
            JsonNode y = c.path(field).path(key);
            rows.add(new Breakdown(key, ReportFormat.number(x.path("cases")),
                    ReportFormat.percent(x.path("statutoryOnTimeRate")),
                    ReportFormat.percent(x.path("statutoryOnTimeRateOriginal")), ReportFormat.number(y.path("cases")),
                    ReportFormat.percent(y.path("statutoryOnTimeRate")),
                    ReportFormat.percent(y.path("statutoryOnTimeRateOriginal")),
                    ReportFormat.delta(x.path("statutoryOnTimeRate"), y.path("statutoryOnTimeRate"), true)));
        });
        return new Table(heading, note, rows);
    }

    private static Flip flip(JsonNode f, ZoneId zone) {
        JsonNode b = f.path("baseline");
        JsonNode c = f.path("candidate");
        List<String> flags = new ArrayList<>();
        f.path("flags").forEach(x -> flags.add(x.asText()));
        return new Flip(f.path("seq").asText(), "late".equals(f.path("becomes").asText()) ? "按期 → 逾期" : "逾期 → 按期",
                local(f.path("receivedAt"), zone), f.path("channel").asText(), f.path("category").asText(),
                f.path("businessLine").asText(), f.path("amountBand").asText(), String.join(", ", flags),
                pair(b.path("level"), c.path("level")), pair(b.path("department"), c.path("department")),
                pair(b.path("rule"), c.path("rule")), pair(b.path("latenessHours"), c.path("latenessHours")));
    }

    /** An instant of report.json (UTC) as the service zone's local time, as compliance staff read dates. */
    private static String local(JsonNode instant, ZoneId zone) {
        return instant.isTextual() ? MINUTES.format(Instant.parse(instant.asText()).atZone(zone)) : ReportFormat.NONE;
    }

    /** {@code a → b}, or {@code a} when both sides agree. */
    private static String pair(JsonNode baseline, JsonNode candidate) {
        String a = baseline.isNull() ? ReportFormat.NONE : baseline.asText();
        String b = candidate.isNull() ? ReportFormat.NONE : candidate.asText();
        return a.equals(b) ? a : a + " → " + b;
    }

    private static List<RunRow> runs(JsonNode run) {
        List<RunRow> rows = new ArrayList<>();
        run.fieldNames().forEachRemaining(side -> run.path(side).forEach(r -> {
            List<String> seconds = new ArrayList<>();
            r.path("seconds").fields().forEachRemaining(e -> seconds.add(e.getKey() + " "
                    + ReportFormat.number(e.getValue()) + " s"));
            rows.add(new RunRow(side, r.path("seed").asText(), r.path("cases").asText(), r.path("jobsExecuted").asText(),
                    r.path("jobsFailed").asText(), r.path("tasksCompleted").asText(), r.path("tasksVanished").asText(),
                    r.path("actions").asText(), r.path("simulatedUntil").asText(), String.join(" · ", seconds)));
        }));
        return rows;
    }
}
