package com.casedesk.statistics;

import com.casedesk.complaint.BusinessLine;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintCategory;
import com.casedesk.complaint.ComplaintProperties;
import com.casedesk.complaint.DecisionMeasure;
import com.casedesk.complaint.DecisionResult;
import com.casedesk.complaint.RootCause;
import com.casedesk.web.SpreadsheetCsv;
import com.casedesk.whistleblowing.AdmissibilityRefusal;
import com.casedesk.whistleblowing.CommitteeDecision;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * 月度报告 The monthly report for management (002 §6.3 定期报告: handling work, the statistics and their
 * analysis, the state of the improvement measures; 专项报告 on major complaints) and the month's ledger
 * as CSV. Both are built from the same figures as the statistics API. Neither contains a complainant's
 * name, ID number, phone or e-mail, a staff member complained about, or any free text of a case.
 */
@Component
class MonthlyReport {

    private static final String MAJOR = """
            select c.case_number, c.level, c.major_complaint, c.business_line, c.category, c.status, c.received_at,
                   c.statutory_due_by, c.decided_at
            from complaint c
            where (c.major_complaint = true or c.level = 1) and c.status <> 'MERGED' and (%s)
            order by c.received_at, c.case_number
            """;

    private static final String LEDGER = """
            select c.case_number, c.channel, c.business_line, c.category, c.level, c.major_complaint, c.status,
                   c.received_at, c.statutory_due_by, c.target_due_by, c.decided_at, c.result, c.measure, c.root_cause,
                   c.compensation_amount, c.respondent_unit, c.decided_by, c.handling_round, c.escalation_count,
                   c.callback_outcome, c.feedback_sent_at, c.closed_at, c.withdrawn_at
            from complaint c
            where c.status <> 'MERGED' and (%s)
            order by c.received_at, c.case_number
            """;

    /**
     * The month's cases: received in it (up to {@code asOf}), or received before and still open at its start.
     * Each branch an index range; parameters: asOf, start, then start four times.
     */
    private static final String IN_MONTH = """
            (c.received_at < ? and c.received_at >= ?)
            or (c.received_at < ? and c.closed_at >= ?)
            or (c.received_at < ? and c.withdrawn_at >= ?)
            or (c.received_at < ? and c.status in ('RECEIVED', 'IN_HANDLING', 'DECIDED', 'FEEDBACK_SENT'))""";

    static final List<String> CSV_HEADER = List.of("投诉编号", "受理渠道", "业务类别", "投诉类型", "投诉等级", "重大投诉", "当前状态",
            "受理时间", "法定期限", "公司时限", "决定时间", "法定期限内决定", "处理结果", "处理措施", "原因分类", "赔偿金额",
            "被投诉单位", "处理人", "处理轮次", "督办次数", "回访结果", "告知时间", "结案时间", "撤回时间");

    /** 当前状态 in Chinese (ComplaintStatus). */
    static final Map<String, String> STATUS_LABELS = Map.of("RECEIVED", "已登记", "IN_HANDLING", "处理中",
            "DECIDED", "已决定", "FEEDBACK_SENT", "已告知", "CLOSED", "已结案", "WITHDRAWN", "已撤回", "MERGED", "已合并");

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ComplaintStatistics complaints;
    private final WhistleblowingStatistics whistleblowing;
    private final Bottlenecks bottlenecks;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId zone;

    MonthlyReport(ComplaintStatistics complaints, WhistleblowingStatistics whistleblowing, Bottlenecks bottlenecks,
                  JdbcTemplate jdbc, Clock clock, ComplaintProperties properties) {
        this.complaints = complaints;
        this.whistleblowing = whistleblowing;
        this.bottlenecks = bottlenecks;
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = properties.zone();
    }

    // ---------------------------------------------------------------------------------------- HTML

    String html(YearMonth month) {
        Instant now = Instant.now(clock);
        Period period = Period.ofMonth(month, zone, now);
        ComplaintFigures f = complaints.totals(period);
        Period year = Period.of(month.minusMonths(11).atDay(1), month.atEndOfMonth(), zone, now);
        List<ComplaintStatistics.Month> trend = complaints.trend(year);
        ComplaintFigures previous = trend.size() > 1 ? trend.get(trend.size() - 2).figures() : ComplaintStatistics.EMPTY;
        String title = "投诉处理情况月度报告（" + month.getYear() + "年" + month.getMonthValue() + "月）";

        Html h = new Html();
        h.raw("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"referrer\" content=\"no-referrer\"><title>").text(title).raw("</title><style>")
                .raw("body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em auto;max-width:980px;color:#222}"
                        + "h1{font-size:1.6em;border-bottom:3px solid #1f6fb2;padding-bottom:.3em}h2{font-size:1.2em;margin-top:1.8em;"
                        + "border-left:5px solid #1f6fb2;padding-left:.5em}table{border-collapse:collapse;margin:.6em 0;font-size:.92em}"
                        + "th,td{border:1px solid #bbb;padding:3px 8px}th{background:#eef3f8;text-align:left}td.n{text-align:right}"
                        + ".meta{color:#555}.chart-title{font-weight:bold}.note{color:#555;font-size:.88em}svg{display:block;margin:.5em 0}"
                        + "@media print{h2{page-break-after:avoid}table,svg{page-break-inside:avoid}}")
                .raw("</style></head><body>");
        h.raw("<h1>").text(title).raw("</h1>");
        h.raw("<p class=\"meta\">统计期间：").text(period.from() + " 至 " + period.to()).text("（" + zone.getId() + "）")
                .raw("；生成时间：").text(MINUTES.format(now.atZone(zone)))
                .raw("。依据：《保险证券投诉管理制度》六、3 报告制度；《银行业保险业消费投诉处理管理办法》第二十六条、第三十五至三十六条。"
                        + "本报告不含投诉人姓名、证件号码、联系方式等个人信息。</p>");

        h.raw("<h2>一、投诉处理工作情况</h2>");
        h.raw("<table><tr><th>指标</th><th>本月</th><th>上月</th></tr>");
        kpi(h, "受理投诉（件）", f.received(), previous.received());
        kpi(h, "办结（件）", f.closed(), previous.closed());
        kpi(h, "撤回（件）", f.withdrawn(), previous.withdrawn());
        kpi(h, "月末在办（件）", f.openAtEnd(), previous.openAtEnd());
        kpi(h, "其中逾期未决定（件）", f.overdueOpen(), previous.overdueOpen());
        kpi(h, "作出处理决定（件）", f.decided(), previous.decided());
        kpiText(h, "法定期限内决定率", percent(f.withinStatutoryShare()), percent(previous.withinStatutoryShare()));
        kpiText(h, "公司时限内决定率", percent(f.withinCompanyTargetShare()), percent(previous.withinCompanyTargetShare()));
        kpi(h, "超过法定期限决定（件）", f.decidedLate(), previous.decidedLate());
        kpiText(h, "处理时长中位数（天）", days(f.handlingDaysMedian()), days(previous.handlingDaysMedian()));
        kpiText(h, "处理时长90分位（天）", days(f.handlingDaysP90()), days(previous.handlingDaysP90()));
        kpi(h, "督办案件（件）", f.escalatedCases(), previous.escalatedCases());
        kpi(h, "客户不满意重新处理（次）", f.unsatisfiedRounds(), previous.unsatisfiedRounds());
        kpi(h, "赔偿案件（件）", f.compensationCases(), previous.compensationCases());
        kpiText(h, "赔偿金额（元）", f.compensationAmount().toPlainString(), previous.compensationAmount().toPlainString());
        kpi(h, "重大投诉（件）", f.majorComplaints(), previous.majorComplaints());
        h.raw("</table>");

        h.raw("<h2>二、投诉数据统计分析</h2>");
        for (Dimension d : List.of(Dimension.CATEGORY, Dimension.CHANNEL, Dimension.BUSINESS_LINE, Dimension.LEVEL,
                Dimension.RESULT)) {
            List<ComplaintStatistics.Group> groups = complaints.by(d, period);
            h.raw("<h3>").text("按" + d.title() + (d == Dimension.CHANNEL ? "（投诉来源）" : "")).raw("</h3>");
            groupTable(h, d, groups);
            h.raw(SvgCharts.bars(d.title() + "：本月受理", bars(groups, ComplaintFigures::received)));
        }

        h.raw("<h2>三、原因分析</h2><p class=\"note\">本月作出处理决定的投诉按原因分类（第二十六条：分析原因、从根源上整改），"
                + "以及投诉集中的被投诉单位。</p>");
        List<ComplaintStatistics.Group> causes = complaints.by(Dimension.ROOT_CAUSE, period).stream()
                .filter(g -> g.figures().decided() > 0)
                .sorted((a, b) -> Long.compare(b.figures().decided(), a.figures().decided())).toList();
        h.raw(SvgCharts.bars("原因分类：本月作出决定", bars(causes, ComplaintFigures::decided)));
        List<ComplaintStatistics.Group> units = complaints.by(Dimension.UNIT, period).stream()
                .filter(g -> g.figures().received() > 0).limit(10).toList();
        h.raw("<h3>投诉较多的被投诉单位（前10）</h3>");
        groupTable(h, Dimension.UNIT, units);

        h.raw("<h2>四、趋势分析</h2>");
        h.raw(SvgCharts.columns("近12个月受理与办结", "受理", "办结", trend.stream()
                .map(m -> new SvgCharts.Column(m.month().substring(2), m.figures().received(), m.figures().closed()))
                .toList()));
        h.raw("<table><tr><th>月份</th><th>受理</th><th>办结</th><th>决定</th><th>法定期限内决定率</th>"
                + "<th>处理时长中位数（天）</th><th>月末在办</th></tr>");
        for (ComplaintStatistics.Month m : trend) {
            ComplaintFigures mf = m.figures();
            h.raw("<tr><td>").text(m.month()).raw("</td>").num(mf.received()).num(mf.closed()).num(mf.decided())
                    .cell(percent(mf.withinStatutoryShare())).cell(days(mf.handlingDaysMedian())).num(mf.openAtEnd())
                    .raw("</tr>");
        }
        h.raw("</table>");

        h.raw("<h2>五、影响分析</h2>");
        ComplaintStatistics.Reviews reviews = complaints.reviews(period);
        Map<String, Long> callbacks = complaints.callbacks(period);
        h.raw("<table><tr><th>事项</th><th>本月</th></tr>");
        kpiText(h, "重大投诉 / 一级投诉（受理）", f.majorComplaints() + " / " + levelReceived(period, "1"), null);
        kpiText(h, "赔偿（件 / 元）", f.compensationCases() + " / " + f.compensationAmount().toPlainString(), null);
        kpiText(h, "督办（件 / 次）", f.escalatedCases() + " / " + f.escalations(), null);
        kpiText(h, "核查申请（件）", String.valueOf(reviews.requested()), null);
        kpiText(h, "核查结论：维持 / 变更 / 撤销重新处理", reviews.upheld() + " / " + reviews.changed() + " / " + reviews.setAside(), null);
        kpiText(h, "核查超过30日（件）", String.valueOf(reviews.decidedLate()), null);
        kpiText(h, "结案回访：满意 / 不满意 / 无法联系 / 未回访", callbacks.get("SATISFIED") + " / " + callbacks.get("UNSATISFIED")
                + " / " + callbacks.get("UNREACHABLE") + " / " + callbacks.get("NONE"), null);
        h.raw("</table>");

        h.raw("<h2>六、改进措施落实情况</h2>");
        ComplaintStatistics.Rectifications r = complaints.rectifications(period);
        h.raw("<table><tr><th>整改措施</th><th>件数</th></tr>");
        kpiText(h, "本月下达", String.valueOf(r.opened()), null);
        kpiText(h, "本月完成", String.valueOf(r.completed()), null);
        kpiText(h, "月末未完成", String.valueOf(r.openAtEnd()), null);
        kpiText(h, "其中已超过整改期限", String.valueOf(r.overdueOpen()), null);
        h.raw("</table>");

        h.raw("<h2>七、重大投诉专项</h2><p class=\"note\">本月受理或月末仍在办的重大投诉（第二十九条）和一级投诉。</p>");
        majorComplaints(h, period);

        h.raw("<h2>八、举报处理情况</h2><p class=\"note\">仅统计数量和时长，不含举报编号、举报人或被举报人的任何信息。</p>");
        WhistleblowingFigures w = whistleblowing.figures(period);
        h.raw("<table><tr><th>指标</th><th>本月</th></tr>");
        kpiText(h, "收到举报（件，其中匿名）", w.received() + "（" + w.anonymous() + "）", null);
        kpiText(h, "受理 / 不予受理", w.admitted() + " / " + w.refused(), null);
        kpiText(h, "作出处理决定 / 其中查实", w.decided() + " / " + w.substantiated(), null);
        kpiText(h, "结案 / 月末在办", w.closed() + " / " + w.openAtEnd(), null);
        kpiText(h, "时长中位数（天）：受理决定 / 调查至决定 / 决定至结案", days(w.medianDays().assessment()) + " / "
                + days(w.medianDays().investigation()) + " / " + days(w.medianDays().closing()), null);
        h.raw("</table><table><tr><th>不予受理理由</th><th>件数</th></tr>");
        for (var e : w.refusedByReason().entrySet()) {
            kpiText(h, AdmissibilityRefusal.valueOf(e.getKey()).wording(), String.valueOf(e.getValue()), null);
        }
        h.raw("</table><table><tr><th>处理决定</th><th>件数</th></tr>");
        for (var e : w.decisions().entrySet()) {
            kpiText(h, CommitteeDecision.valueOf(e.getKey()).label(), String.valueOf(e.getValue()), null);
        }
        h.raw("</table>");

        h.raw("<h2>九、流程瓶颈</h2><p class=\"note\">本月开始的流程步骤中，案件累计停留时间最长的环节（流程引擎历史）。</p>");
        h.raw("<table><tr><th>流程</th><th>环节</th><th>完成</th><th>中位数（小时）</th><th>90分位（小时）</th>"
                + "<th>月末等待</th><th>超期任务</th></tr>");
        for (Bottlenecks.Step s : bottlenecks.steps(period, null).stream().limit(8).toList()) {
            h.raw("<tr>").cell(s.processKey()).cell(s.activityName() == null ? s.activityId() : s.activityName())
                    .num(s.completed()).cell(hours(s.medianHours())).cell(hours(s.p90Hours())).num(s.waiting())
                    .num(s.lateTasks()).raw("</tr>");
        }
        h.raw("</table>");
        h.raw("<p class=\"note\">口径：受理、办结、撤回、决定均按发生时间落在本月统计；月末在办、逾期按月末（或当前）时点统计；"
                + "法定期限内决定 = 决定时间不晚于法定答复期限（含经批准的延期和依法不计入的期间）；"
                + "处理时长 = 受理至作出处理决定。详见 docs/statistics.md。</p>");
        return h.raw("</body></html>").toString();
    }

    private long levelReceived(Period period, String level) {
        return complaints.by(Dimension.LEVEL, period).stream().filter(g -> level.equals(g.key()))
                .mapToLong(g -> g.figures().received()).sum();
    }

    private void majorComplaints(Html h, Period period) {
        List<String[]> rows = jdbc.query(MAJOR.formatted(IN_MONTH), (rs, i) -> new String[] {rs.getString("case_number"),
                rs.getObject("level") == null ? "—" : Dimension.LEVEL.label(rs.getString("level")),
                rs.getBoolean("major_complaint") ? "是" : "否", Dimension.BUSINESS_LINE.label(rs.getString("business_line")),
                Dimension.CATEGORY.label(rs.getString("category")), status(rs.getString("status")), time(rs, "received_at"),
                time(rs, "statutory_due_by"), time(rs, "decided_at")},
                inMonth(period));
        if (rows.isEmpty()) {
            h.raw("<p>本月无重大投诉或一级投诉。</p>");
            return;
        }
        h.raw("<table><tr><th>投诉编号</th><th>等级</th><th>重大投诉</th><th>业务类别</th><th>投诉类型</th><th>状态</th>"
                + "<th>受理时间</th><th>法定期限</th><th>决定时间</th></tr>");
        for (String[] row : rows) {
            h.raw("<tr>");
            for (String cell : row) {
                h.cell(cell);
            }
            h.raw("</tr>");
        }
        h.raw("</table>");
    }

    private static Object[] inMonth(Period period) {
        Object start = Buckets.at(period.start());
        return new Object[] {Buckets.at(period.asOf()), start, start, start, start, start, start};
    }

    private static void groupTable(Html h, Dimension d, List<ComplaintStatistics.Group> groups) {
        h.raw("<table><tr><th>").text(d.title()).raw("</th><th>受理</th><th>办结</th><th>月末在办</th><th>决定</th>"
                + "<th>法定期限内决定率</th><th>处理时长中位数（天）</th></tr>");
        for (ComplaintStatistics.Group g : groups) {
            ComplaintFigures gf = g.figures();
            h.raw("<tr>").cell(g.label()).num(gf.received()).num(gf.closed()).num(gf.openAtEnd()).num(gf.decided())
                    .cell(percent(gf.withinStatutoryShare())).cell(days(gf.handlingDaysMedian())).raw("</tr>");
        }
        if (groups.isEmpty()) {
            h.raw("<tr><td colspan=\"7\">本期无数据</td></tr>");
        }
        h.raw("</table>");
    }

    private static List<SvgCharts.Bar> bars(List<ComplaintStatistics.Group> groups,
                                            Function<ComplaintFigures, Long> value) {
        return groups.stream().filter(g -> value.apply(g.figures()) > 0)
                .map(g -> new SvgCharts.Bar(g.label(), value.apply(g.figures()))).toList();
    }

    private static void kpi(Html h, String name, long now, long before) {
        kpiText(h, name, String.valueOf(now), String.valueOf(before));
    }

    private static void kpiText(Html h, String name, String now, String before) {
        h.raw("<tr><th>").text(name).raw("</th>").cell(now);
        if (before != null) {
            h.cell(before);
        }
        h.raw("</tr>");
    }

    static String percent(Double share) {
        return share == null ? "—" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String days(Double days) {
        return days == null ? "—" : String.format(Locale.ROOT, "%.2f", days);
    }

    private static String hours(Double hours) {
        return hours == null ? "—" : String.format(Locale.ROOT, "%.2f", hours);
    }

    private String time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? "" : MINUTES.format(t.toInstant().atZone(zone));
    }

    /** A tiny HTML writer: text is always escaped, markup only through {@link #raw}. */
    private static final class Html {
        private final StringBuilder out = new StringBuilder(32_768);

        Html raw(String markup) {
            out.append(markup);
            return this;
        }

        Html text(String text) {
            out.append(HtmlUtils.htmlEscape(text == null ? "" : text));
            return this;
        }

        Html cell(String text) {
            return raw("<td>").text(text).raw("</td>");
        }

        Html num(long n) {
            return raw("<td class=\"n\">").text(String.valueOf(n)).raw("</td>");
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    // ----------------------------------------------------------------------------------------- CSV

    /**
     * The month's ledger: every complaint received in the month or still open at its start, one row each,
     * codes as their Chinese labels. Personal data is left out, not masked: no name, ID number, phone,
     * e-mail, staff member complained about, request or facts.
     */
    byte[] csv(YearMonth month) {
        Period period = Period.ofMonth(month, zone, Instant.now(clock));
        SpreadsheetCsv csv = new SpreadsheetCsv(SpreadsheetCsv.MINIMAL, null).row(CSV_HEADER);
        jdbc.query(LEDGER.formatted(IN_MONTH), rs -> {
            csv.row(ledgerRow(rs));
        }, inMonth(period));
        return csv.bytes();
    }

    private List<String> ledgerRow(ResultSet rs) throws SQLException {
        List<String> row = new ArrayList<>();
        Timestamp decided = rs.getTimestamp("decided_at");
        Timestamp statutory = rs.getTimestamp("statutory_due_by");
        row.add(rs.getString("case_number"));
        row.add(label(rs.getString("channel"), c -> Channel.valueOf(c).label()));
        row.add(label(rs.getString("business_line"), c -> BusinessLine.valueOf(c).label()));
        row.add(label(rs.getString("category"), c -> ComplaintCategory.valueOf(c).label()));
        row.add(rs.getObject("level") == null ? "" : Dimension.LEVEL.label(rs.getString("level")));
        row.add(rs.getBoolean("major_complaint") ? "是" : "否");
        row.add(status(rs.getString("status")));
        row.add(time(rs, "received_at"));
        row.add(time(rs, "statutory_due_by"));
        row.add(time(rs, "target_due_by"));
        row.add(time(rs, "decided_at"));
        row.add(decided == null || statutory == null ? "" : decided.after(statutory) ? "否" : "是");
        row.add(label(rs.getString("result"), c -> DecisionResult.valueOf(c).label()));
        row.add(label(rs.getString("measure"), c -> DecisionMeasure.valueOf(c).label()));
        row.add(label(rs.getString("root_cause"), c -> RootCause.valueOf(c).label()));
        BigDecimal compensation = rs.getBigDecimal("compensation_amount");
        row.add(compensation == null ? "" : compensation.toPlainString());
        row.add(rs.getString("respondent_unit"));
        row.add(rs.getString("decided_by"));
        row.add(rs.getString("handling_round"));
        row.add(rs.getString("escalation_count"));
        row.add(rs.getString("callback_outcome"));
        row.add(time(rs, "feedback_sent_at"));
        row.add(time(rs, "closed_at"));
        row.add(time(rs, "withdrawn_at"));
        return row;
    }

    private static String status(String code) {
        return STATUS_LABELS.getOrDefault(code, code);
    }

    private static String label(String code, Function<String, String> label) {
        if (code == null) {
            return "";
        }
        try {
            return label.apply(code);
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    /** One ledger cell as written (RFC 4180, formulas defused: unit names and user ids come from input). */
    static String csvCell(String value) {
        return SpreadsheetCsv.cell(SpreadsheetCsv.MINIMAL, value);
    }
}
