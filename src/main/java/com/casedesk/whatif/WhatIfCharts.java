package com.casedesk.whatif;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The report's small line charts, inline SVG as statistics/SvgCharts draws the monthly report's (no script, no
 * library, nothing fetched): one figure per ISO week, baseline against candidate. Every text is escaped here,
 * because the page puts the chart in as markup.
 */
final class WhatIfCharts {

    static final String BASELINE = "#1f6fb2";
    static final String CANDIDATE = "#d9822b";

    private static final int WIDTH = 460;
    private static final int HEIGHT = 170;
    private static final int LEFT = 44;
    private static final int TOP = 34;
    private static final int BOTTOM = HEIGHT - 26;

    private WhatIfCharts() {
    }

    /**
     * @param weeks     the x axis, in order
     * @param candidate null when there is no candidate
     */
    static String lines(String title, List<String> weeks, double[] baseline, double[] candidate, boolean percent) {
        double max = 0;
        for (double v : baseline) {
            max = Math.max(max, v);
        }
        if (candidate != null) {
            for (double v : candidate) {
                max = Math.max(max, v);
            }
        }
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg role=\"img\" aria-label=\"%s\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-size=\"11\">",
                escape(title), WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append(text(4, 14, title, "start", " class=\"chart-title\""));
        legend(svg, LEFT, "基线 baseline", BASELINE);
        if (candidate != null) {
            legend(svg, LEFT + 120, "候选 candidate", CANDIDATE);
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>",
                LEFT, BOTTOM, WIDTH - 8, BOTTOM));
        svg.append(text(LEFT - 4, TOP + 4, percent ? ReportFormat.percent(max) : ReportFormat.number(max), "end", ""));
        svg.append(text(LEFT - 4, BOTTOM, "0", "end", ""));
        if (!weeks.isEmpty()) {
            svg.append(text(LEFT, BOTTOM + 16, weeks.get(0), "start", ""));
            svg.append(text(WIDTH - 8, BOTTOM + 16, weeks.get(weeks.size() - 1), "end", ""));
        }
        svg.append(polyline(baseline, max, BASELINE, ""));
        if (candidate != null) {
            svg.append(polyline(candidate, max, CANDIDATE, " stroke-dasharray=\"5 3\""));
        }
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg, int x, String name, String colour) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"20\" width=\"10\" height=\"4\" fill=\"%s\"/>", x, colour));
        svg.append(text(x + 14, 26, name, "start", ""));
    }

    private static String polyline(double[] values, double max, String colour, String dash) {
        StringBuilder points = new StringBuilder();
        double step = values.length < 2 ? 0 : (WIDTH - 8 - LEFT) / (double) (values.length - 1);
        for (int i = 0; i < values.length; i++) {
            double y = max == 0 ? BOTTOM : BOTTOM - values[i] / max * (BOTTOM - TOP);
            points.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", LEFT + i * step, y));
        }
        return String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\"%s points=\"%s\"/>",
                colour, dash, points);
    }

    private static String text(int x, int y, String text, String anchor, String attributes) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\"%s>%s</text>", x, y, anchor,
                attributes, escape(text));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
