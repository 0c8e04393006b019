package com.casedesk.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** report.html: the first screen states the assumptions and warnings, the headline shows report.json's numbers. */
@UnitTest
class WhatIfPageTest {

    private static String html(List<RunResult> baseline, List<RunResult> candidate) {
        return WhatIfReport.html(WhatIfReport.figures(baseline, candidate, TinyRuns.assumptions(baseline, candidate)));
    }

    @Test
    void showsAssumptionsWarningsAndHeadlineSideBySideAndEscapesWhatTheRunsSay() {
        String html = html(List.of(TinyRuns.baseline(1)), List.of(TinyRuns.candidate(1)));

        assertThat(html).doesNotContain("<script", " th:", "http://", "https://", "<link");
        assertThat(html.indexOf("一、提示 Warnings")).isLessThan(html.indexOf("二、假设 Assumptions"));
        assertThat(html.indexOf("二、假设 Assumptions")).isLessThan(html.indexOf("三、主要结果 Headline"));
        assertThat(html).contains(
                "<tr><th>到达模式 Arrival profile</th><td>tiny</td></tr>",
                "<tr><th>随机种子 Seeds</th><td>1</td></tr>",
                "<tr><th>人员配置 Headcount</th><td>complaint-frontline <b>2</b> · complaint-supervisor <b>0</b></td></tr>",
                "<td>Task_Decide</td><td class=\"n\">45</td><td class=\"n\">120</td><td>upheld 75.0% · rejected 25.0%</td>",
                "<td>decisions/complaint-grading.dmn</td><td><code>bb22</code></td><td><code>cc33</code></td>",
                "capacity never binds (highest weekly utilisation of any group 20.0%)",
                // the headline: 80 % both sides; 40 % against the original date; 3 escalations each
                "<tr><th>法定期限内率（按最终法定期限）Statutory on-time rate</th><td class=\"n\">80.0%</td>"
                        + "<td class=\"n\">80.0%</td><td class=\"n\">0.0 pp</td></tr>",
                "<tr><th>法定期限内率（按受理时原始法定期限）On-time rate against the original date</th>"
                        + "<td class=\"n\">40.0%</td><td class=\"n\">40.0%</td>",
                "<tr><th>督办次数 Escalations</th><td class=\"n\">3</td><td class=\"n\">3</td><td class=\"n\">0</td></tr>",
                "<tr><th>逾期时长90分位（小时）Lateness p90 (hours)</th><td class=\"n\">10</td><td class=\"n\">30</td>"
                        + "<td class=\"n\">+20</td></tr>",
                // Level 2: 2 cases at 50 % → 3 cases at 66.7 %
                "<tr><td>2</td><td class=\"n\">2</td><td class=\"n\">50.0%</td><td class=\"n\">0.0%</td>"
                        + "<td class=\"n\">3</td><td class=\"n\">66.7%</td><td class=\"n\">33.3%</td><td class=\"n\">+16.7 pp</td></tr>",
                "共 <b>2</b> 件（按期 → 逾期 1 件，逾期 → 按期 1 件）",
                // received 2026-02-09T02:00Z, shown in the service zone
                "<td class=\"n\">1</td><td>按期 → 逾期</td><td>2026-02-09 10:00</td><td>PHONE</td>",
                "<td>3 → 2</td>",
                "<svg role=\"img\" aria-label=\"complaint-frontline：周末积压任务 backlog\"",
                "<td>baseline</td><td class=\"n\">1</td><td class=\"n\">6</td><td class=\"n\">40</td>",
                "start 3 s · tasks 5 s · jobs 4.25 s · total 12.50 s");
        assertThat(html).contains("<td>&lt;script&gt;alert(&#39;部门&#39;)&lt;/script&gt;</td>");
    }

    @Test
    void withSeveralSeedsEachFigureShowsItsRange() {
        List<CaseOutcome> worse = new java.util.ArrayList<>(TinyRuns.baselineCases());
        worse.set(0, TinyRuns.outcome("b", 0, 3, "CN-15", "dept-claims", 'F', 'F', 20, 0));
        String html = html(List.of(TinyRuns.baseline(1), TinyRuns.run("baseline", 2, worse, TinyRuns.weeks(3, 0, 1))),
                null);

        // (0.8 + 0.6) / 2 = 70 %, from 60 % to 80 %
        assertThat(html).contains("<td class=\"n\">70.0%<span class=\"range\">(60.0%–80.0%)</span></td></tr>",
                "<tr><th>随机种子 Seeds</th><td>1, 2</td></tr>");
        assertThat(html).doesNotContain("候选 案件", "差 Δ");
    }
}
