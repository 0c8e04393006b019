package com.casedesk.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.thymeleaf.context.Context;

/** The assumptions section of report.json as the rows of report.html's first screen. */
final class AssumptionRows {

    /** One task type: service minutes and the outcomes drawn, as configured. */
    public record Task(String task, String median, String p90, String outcomes) {
    }

    /** A file the candidate changed, with both SHA-256 ({@code —}: absent on that side). */
    public record Change(String resource, String baseline, String candidate) {
    }

    private AssumptionRows() {
    }

    static void set(Context page, JsonNode a) {
        List<String> seeds = new ArrayList<>();
        a.path("seeds").forEach(s -> seeds.add(s.asText()));
        JsonNode staffing = a.path("staffing");
        page.setVariable("assumptions", List.of(
                new WhatIfPage.Item("到达模式 Arrival profile", a.path("arrivalProfile").asText()),
                new WhatIfPage.Item("来源 Source", a.path("arrivalSource").asText()),
                new WhatIfPage.Item("投诉件数 Cases", a.path("cases").asText()),
                new WhatIfPage.Item("年度 Year", a.path("year").asText()),
                new WhatIfPage.Item("随机种子 Seeds", String.join(", ", seeds)),
                new WhatIfPage.Item("工作时间 Working hours", staffing.path("hours").asText() + "（"
                        + ReportFormat.number(staffing.path("hoursPerDay")) + " 小时/工作日，中国法定工作日，"
                        + a.path("zone").asText() + "）"),
                new WhatIfPage.Item("客户申请核查 Review requested", ReportFormat.percent(
                        staffing.path("complainants").path("reviewRequested")) + "，决定后 "
                        + staffing.path("complainants").path("reviewAfterDays").asText() + " 日"),
                new WhatIfPage.Item("客户撤回 Withdrawn", ReportFormat.percent(
                        staffing.path("complainants").path("withdrawn")) + "，受理后 "
                        + staffing.path("complainants").path("withdrawAfterDays").asText() + " 日")));
        List<WhatIfPage.Item> headcount = new ArrayList<>();
        staffing.path("headcount").fields().forEachRemaining(e -> headcount.add(
                new WhatIfPage.Item(e.getKey(), e.getValue().asText())));
        page.setVariable("headcount", headcount);
        List<Task> tasks = new ArrayList<>();
        staffing.path("serviceMinutes").fields().forEachRemaining(e -> {
            List<String> outcomes = new ArrayList<>();
            staffing.path("outcomes").path(e.getKey()).fields().forEachRemaining(o -> outcomes.add(
                    o.getKey() + " " + ReportFormat.percent(o.getValue())));
            tasks.add(new Task(e.getKey(), ReportFormat.number(e.getValue().path("median")),
                    ReportFormat.number(e.getValue().path("p90")), String.join(" · ", outcomes)));
        });
        page.setVariable("tasks", tasks);
        List<Change> changes = new ArrayList<>();
        a.path("changedModels").forEach(m -> changes.add(new Change(m.path("resource").asText(),
                text(m.path("baselineSha256")), text(m.path("candidateSha256")))));
        page.setVariable("changes", changes);
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : ReportFormat.NONE;
    }
}
