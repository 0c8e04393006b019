package com.casedesk.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.statistics.MonthlyReportPage.GroupRow;
import com.casedesk.statistics.MonthlyReportPage.GroupTable;
import com.casedesk.statistics.MonthlyReportPage.Kpi;
import com.casedesk.statistics.MonthlyReportPage.StepRow;
import com.casedesk.statistics.MonthlyReportPage.TrendRow;
import com.casedesk.support.UnitTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;

/** The report template on its own: texts from input (unit names, step names) come out as text, never markup. */
@UnitTest
class MonthlyReportPageTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)>";

    @Test
    void labelsFromInputAreEscapedAndOnlyTheChartsAreMarkup() {
        GroupTable units = new GroupTable("投诉较多的被投诉单位（前10）", "被投诉单位",
                List.of(new GroupRow(HOSTILE, 3, 1, 2, 1, "100.0%", "—")), null);
        Context page = new Context(Locale.SIMPLIFIED_CHINESE);
        page.setVariable("title", "投诉处理情况月度报告（2026年4月）");
        page.setVariable("period", "2026-04-01 至 2026-04-30");
        page.setVariable("zone", "（Asia/Shanghai）");
        page.setVariable("generatedAt", "2026-05-01 08:00");
        page.setVariable("work", List.of(new Kpi("受理投诉（件）", "7", "3")));
        page.setVariable("dimensions", List.of(new GroupTable("按被投诉单位", "被投诉单位", List.of(),
                SvgCharts.bars("被投诉单位：本月受理", List.of(new SvgCharts.Bar(HOSTILE, 3))))));
        page.setVariable("causesChart", SvgCharts.bars("原因分类：本月作出决定", List.of()));
        page.setVariable("units", units);
        page.setVariable("trendChart", SvgCharts.columns("近12个月受理与办结", "受理", "办结", List.of()));
        page.setVariable("trend", List.of(new TrendRow("2026-04", 7, 4, 5, "80.0%", "10.00", 4)));
        page.setVariable("impact", List.of(new Kpi("核查申请（件）", "1", null)));
        page.setVariable("rectifications", List.of());
        page.setVariable("majorComplaints", List.of(List.of("TS20260405000001", HOSTILE)));
        page.setVariable("reports", List.of());
        page.setVariable("refusals", List.of());
        page.setVariable("decisions", List.of());
        page.setVariable("steps", List.of(new StepRow("complaint-handling", HOSTILE, 1, "1.00", "1.00", 0, 0)));

        String html = MonthlyReportPage.render(page);

        assertThat(html).doesNotContain("<img", "<script", " th:");
        assertThat(html).contains("<td>&lt;img src=x onerror=alert(1)&gt;</td>", "&lt;img src=x onerror=alert(1)&gt;</text>",
                "<svg role=\"img\"", "<tr><th>受理投诉（件）</th><td>7</td><td>3</td></tr>", "<tr><th>核查申请（件）</th><td>1</td></tr>",
                "<tr><td colspan=\"7\">本期无数据</td></tr>", "<td>TS20260405000001</td>");
        assertThat(html).doesNotContain("本月无重大投诉或一级投诉");
    }
}
