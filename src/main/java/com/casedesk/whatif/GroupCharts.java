package com.casedesk.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Per candidate group: its utilisation figures per side and two small charts, backlog and utilisation per ISO week. */
final class GroupCharts {

    private GroupCharts() {
    }

    static List<WhatIfPage.GroupRow> rows(JsonNode report) {
        JsonNode b = report.path("baseline");
        JsonNode c = report.path("candidate");
        boolean candidate = c.isObject();
        List<String> weeks = new ArrayList<>();
        Map<String, List<JsonNode>> baselineRows = byGroup(b.path("weekly"), weeks);
        Map<String, List<JsonNode>> candidateRows = byGroup(c.path("weekly"), new ArrayList<>());
        List<WhatIfPage.GroupRow> rows = new ArrayList<>();
        JsonNode headcount = report.path("assumptions").path("staffing").path("headcount");
        b.path("byGroup").fieldNames().forEachRemaining(group -> {
            JsonNode x = b.path("byGroup").path(group);
            JsonNode y = c.path("byGroup").path(group);
            List<JsonNode> xs = baselineRows.getOrDefault(group, List.of());
            List<JsonNode> ys = candidate ? candidateRows.getOrDefault(group, List.of()) : null;
            rows.add(new WhatIfPage.GroupRow(group, headcount.has(group) ? headcount.path(group).asText() : "0",
                    ReportFormat.percent(x.path("utilisation")), ReportFormat.percent(x.path("maxUtilisation")),
                    ReportFormat.number(x.path("saturatedWeeks")), ReportFormat.number(x.path("maxBacklog")),
                    ReportFormat.percent(y.path("utilisation")), ReportFormat.percent(y.path("maxUtilisation")),
                    ReportFormat.number(y.path("saturatedWeeks")), ReportFormat.number(y.path("maxBacklog")),
                    WhatIfCharts.lines(group + "：周末积压任务 backlog", weeks, values(xs, "backlog"),
                            ys == null ? null : values(ys, "backlog"), false),
                    WhatIfCharts.lines(group + "：利用率 utilisation", weeks, values(xs, "utilisation"),
                            ys == null ? null : values(ys, "utilisation"), true)));
        });
        return rows;
    }

    /** The weekly rows per group, in week order (report.json lists them by week, then group). */
    private static Map<String, List<JsonNode>> byGroup(JsonNode weekly, List<String> weeks) {
        Map<String, List<JsonNode>> groups = new LinkedHashMap<>();
        for (JsonNode row : weekly) {
            String week = row.path("week").asText();
            if (weeks.isEmpty() || !weeks.get(weeks.size() - 1).equals(week)) {
                weeks.add(week);
            }
            groups.computeIfAbsent(row.path("group").asText(), g -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    private static double[] values(List<JsonNode> rows, String field) {
        return rows.stream().mapToDouble(r -> r.path(field).asDouble()).toArray();
    }
}
