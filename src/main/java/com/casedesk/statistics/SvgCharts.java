package com.casedesk.statistics;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * Plain inline SVG charts for the monthly report: no script, no library, no third-party resource, so
 * the page prints, mails and archives as it is.
 */
final class SvgCharts {

    static final String BLUE = "#1f6fb2";
    static final String GREEN = "#3a9a5b";

    private SvgCharts() {
    }

    record Bar(String label, double value) {
    }

    /** Horizontal bars, one per label, with the value at the end of each bar. */
    static String bars(String title, List<Bar> bars) {
        int rowHeight = 24;
        int labelWidth = 190;
        int barWidth = 360;
        int height = 30 + rowHeight * Math.max(bars.size(), 1);
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        StringBuilder svg = open(title, labelWidth + barWidth + 70, height);
        svg.append(text(4, 16, title, "chart-title", "start"));
        if (bars.isEmpty()) {
            svg.append(text(4, 40, "本期无数据", "", "start"));
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 28 + i * rowHeight;
            double w = max == 0 ? 0 : bar.value() / max * barWidth;
            svg.append(text(labelWidth - 6, y + 15, bar.label(), "", "end"));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>",
                    labelWidth, y + 3, w, BLUE));
            svg.append(text((int) (labelWidth + w + 6), y + 15, number(bar.value()), "", "start"));
        }
        return svg.append("</svg>").toString();
    }

    record Column(String label, double first, double second) {
    }

    /** Pairs of columns per month (e.g. received and closed), with a legend. */
    static String columns(String title, String firstName, String secondName, List<Column> columns) {
        int width = 640;
        int height = 240;
        int left = 40;
        int bottom = height - 40;
        int top = 40;
        double max = columns.stream().mapToDouble(c -> Math.max(c.first(), c.second())).max().orElse(0);
        double slot = columns.isEmpty() ? 0 : (width - left - 10) / (double) columns.size();
        StringBuilder svg = open(title, width, height);
        svg.append(text(4, 16, title, "chart-title", "start"));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"22\" width=\"10\" height=\"10\" fill=\"%s\"/>", left, BLUE));
        svg.append(text(left + 14, 31, firstName, "", "start"));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"22\" width=\"10\" height=\"10\" fill=\"%s\"/>", left + 90, GREEN));
        svg.append(text(left + 104, 31, secondName, "", "start"));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>", left, bottom,
                width - 10, bottom));
        svg.append(text(left - 4, top + 4, number(max), "", "end"));
        svg.append(text(left - 4, bottom, "0", "", "end"));
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            double x = left + i * slot + slot * 0.15;
            double w = slot * 0.35;
            svg.append(column(x, w, c.first(), max, top, bottom, BLUE));
            svg.append(column(x + w, w, c.second(), max, top, bottom, GREEN));
            svg.append(text((int) (left + i * slot + slot / 2), bottom + 16, c.label(), "", "middle"));
        }
        return svg.append("</svg>").toString();
    }

    private static String column(double x, double w, double value, double max, int top, int bottom, String fill) {
        double h = max == 0 ? 0 : value / max * (bottom - top);
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>",
                x, bottom - h, w, h, fill, number(value));
    }

    private static StringBuilder open(String title, int width, int height) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg role=\"img\" aria-label=\"%s\" width=\"%d\" height=\"%d\""
                        + " viewBox=\"0 0 %d %d\" font-size=\"12\">", HtmlUtils.htmlEscape(title), width, height, width, height));
    }

    private static String text(int x, int y, String text, String cssClass, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\"%s>%s</text>", x, y, anchor,
                cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"", HtmlUtils.htmlEscape(text));
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
