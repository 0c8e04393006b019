package com.casedesk.statistics;

import java.util.List;
import com.casedesk.web.HtmlTemplates;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The monthly report's page, {@code templates/reports/monthly.html}, and the rows it shows ({@link MonthlyReport}
 * computes them). Thymeleaf escapes every text; only the charts, built and escaped by {@link SvgCharts}, go in
 * as markup. A standalone engine, not Spring MVC view resolution: the page is a download of the API, and Spring
 * Boot's Thymeleaf auto-configuration stays off (see docs/architecture.md, Libraries and why).
 */
final class MonthlyReportPage {

    private static final TemplateEngine TEMPLATES = HtmlTemplates.in("templates/");

    private MonthlyReportPage() {
    }

    // The rows are public records because the template reads them by reflection (OGNL), which needs public types.

    /** Rows of a two- or three-column table: a name, this month and (where shown) the month before. */
    public record Kpi(String name, String now, String before) {
    }

    /** A table of figures by one dimension, with its chart (inline SVG from {@link SvgCharts}, escaped there). */
    public record GroupTable(String heading, String title, List<GroupRow> rows, String chart) {
    }

    public record GroupRow(String label, long received, long closed, long openAtEnd, long decided,
                           String withinStatutory, String medianDays) {
    }

    public record TrendRow(String month, long received, long closed, long decided, String withinStatutory,
                           String medianDays, long openAtEnd) {
    }

    public record StepRow(String process, String step, long completed, String medianHours, String p90Hours,
                          long waiting, long lateTasks) {
    }

    static String render(Context page) {
        return TEMPLATES.process("reports/monthly", page);
    }
}
