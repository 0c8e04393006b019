package com.casedesk.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The headline table of report.html: one row per figure, baseline and candidate side by side with the difference. */
final class Headline {

    /** Name (Chinese, English beside), JSON pointer into a side, whether it is a rate. */
    private record Figure(String name, String pointer, boolean rate) {
    }

    private static final List<Figure> FIGURES = List.of(
            new Figure("案件数 Cases", "/cases", false),
            new Figure("法定期限内率（按最终法定期限）Statutory on-time rate", "/statutoryOnTimeRate", true),
            new Figure("法定期限内率（按受理时原始法定期限）On-time rate against the original date",
                    "/statutoryOnTimeRateOriginal", true),
            new Figure("计入比率的案件 Measured cases", "/measured", false),
            new Figure("按期发出决定告知 On time", "/onTime", false),
            new Figure("逾期 Late", "/late", false),
            new Figure("截尾：模拟结束时未到期且未决定 Censored", "/censored", false),
            new Figure("逾期时长中位数（小时）Lateness p50 (hours)", "/latenessHours/p50", false),
            new Figure("逾期时长90分位（小时）Lateness p90 (hours)", "/latenessHours/p90", false),
            new Figure("督办次数 Escalations", "/escalations", false),
            new Figure("被督办案件 Escalated cases", "/escalatedCases", false),
            new Figure("期限延长案件 Extensions", "/extensions", false),
            new Figure("其中超过15日后申请延长 Requested late", "/extensionsRequestedLate", false),
            new Figure("期限中止次数 Pauses", "/pauses", false),
            new Figure("期限重新计算次数 Restarts", "/restarts", false),
            new Figure("多轮处理案件 Cases with more than one round", "/casesWithMoreThanOneRound", false),
            new Figure("法定期限落在非工作日 Deadlines on non-working days", "/deadlinesOnNonWorkingDays", false));

    private Headline() {
    }

    static List<WhatIfPage.Row> rows(JsonNode baseline, JsonNode candidate) {
        List<WhatIfPage.Row> rows = new ArrayList<>();
        for (Figure f : FIGURES) {
            JsonNode b = baseline.at(f.pointer());
            JsonNode c = candidate.at(f.pointer());
            rows.add(new WhatIfPage.Row(f.name(), format(b, f.rate()),
                    ReportFormat.range(baseline.at("/spread" + f.pointer()), f.rate()), format(c, f.rate()),
                    ReportFormat.range(candidate.at("/spread" + f.pointer()), f.rate()),
                    ReportFormat.delta(b, c, f.rate())));
        }
        return rows;
    }

    private static String format(JsonNode value, boolean rate) {
        return rate ? ReportFormat.percent(value) : ReportFormat.number(value);
    }
}
