package com.casedesk.statistics;

import com.casedesk.complaint.BusinessLine;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintCategory;
import com.casedesk.complaint.ComplaintProperties;
import com.casedesk.complaint.DecisionMeasure;
import com.casedesk.complaint.DecisionResult;
import com.casedesk.complaint.RootCause;
import com.casedesk.statistics.MonthlyReportPage.GroupRow;
import com.casedesk.statistics.MonthlyReportPage.GroupTable;
import com.casedesk.statistics.MonthlyReportPage.Kpi;
import com.casedesk.statistics.MonthlyReportPage.StepRow;
import com.casedesk.statistics.MonthlyReportPage.TrendRow;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;

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

    /**
     * The report page: the figures are computed here, the page is {@code templates/reports/monthly.html}
     * (Thymeleaf escapes every text; only the charts, built and escaped by SvgCharts, go in as markup).
     */
    String html(YearMonth month) {
        Instant now = Instant.now(clock);
        Period period = Period.ofMonth(month, zone, now);
        ComplaintFigures f = complaints.totals(period);
        Period year = Period.of(month.minusMonths(11).atDay(1), month.atEndOfMonth(), zone, now);
        List<ComplaintStatistics.Month> trend = complaints.trend(year);
        ComplaintFigures previous = trend.size() > 1 ? trend.get(trend.size() - 2).figures() : ComplaintStatistics.EMPTY;

        Context page = new Context(Locale.SIMPLIFIED_CHINESE);
        page.setVariable("title", "投诉处理情况月度报告（" + month.getYear() + "年" + month.getMonthValue() + "月）");
        page.setVariable("period", period.from() + " 至 " + period.to());
        page.setVariable("zone", "（" + zone.getId() + "）");
        page.setVariable("generatedAt", MINUTES.format(now.atZone(zone)));

        page.setVariable("work", List.of(
                kpi("受理投诉（件）", f.received(), previous.received()),
                kpi("办结（件）", f.closed(), previous.closed()),
                kpi("撤回（件）", f.withdrawn(), previous.withdrawn()),
                kpi("月末在办（件）", f.openAtEnd(), previous.openAtEnd()),
                kpi("其中逾期未决定（件）", f.overdueOpen(), previous.overdueOpen()),
                kpi("作出处理决定（件）", f.decided(), previous.decided()),
                new Kpi("法定期限内决定率", percent(f.withinStatutoryShare()), percent(previous.withinStatutoryShare())),
                new Kpi("公司时限内决定率", percent(f.withinCompanyTargetShare()), percent(previous.withinCompanyTargetShare())),
                kpi("超过法定期限决定（件）", f.decidedLate(), previous.decidedLate()),
                new Kpi("处理时长中位数（天）", days(f.handlingDaysMedian()), days(previous.handlingDaysMedian())),
                new Kpi("处理时长90分位（天）", days(f.handlingDaysP90()), days(previous.handlingDaysP90())),
                kpi("督办案件（件）", f.escalatedCases(), previous.escalatedCases()),
                kpi("客户不满意重新处理（次）", f.unsatisfiedRounds(), previous.unsatisfiedRounds()),
                kpi("赔偿案件（件）", f.compensationCases(), previous.compensationCases()),
                new Kpi("赔偿金额（元）", f.compensationAmount().toPlainString(), previous.compensationAmount().toPlainString()),
                kpi("重大投诉（件）", f.majorComplaints(), previous.majorComplaints())));

        List<GroupTable> dimensions = new ArrayList<>();
        for (Dimension d : List.of(Dimension.CATEGORY, Dimension.CHANNEL, Dimension.BUSINESS_LINE, Dimension.LEVEL,
                Dimension.RESULT)) {
            List<ComplaintStatistics.Group> groups = complaints.by(d, period);
            dimensions.add(new GroupTable("按" + d.title() + (d == Dimension.CHANNEL ? "（投诉来源）" : ""), d.title(),
                    groupRows(groups), SvgCharts.bars(d.title() + "：本月受理", bars(groups, ComplaintFigures::received))));
        }
        page.setVariable("dimensions", dimensions);

        List<ComplaintStatistics.Group> causes = complaints.by(Dimension.ROOT_CAUSE, period).stream()
                .filter(g -> g.figures().decided() > 0)
                .sorted((a, b) -> Long.compare(b.figures().decided(), a.figures().decided())).toList();
        page.setVariable("causesChart", SvgCharts.bars("原因分类：本月作出决定", bars(causes, ComplaintFigures::decided)));
        List<ComplaintStatistics.Group> units = complaints.by(Dimension.UNIT, period).stream()
                .filter(g -> g.figures().received() > 0).limit(10).toList();
        page.setVariable("units", new GroupTable("投诉较多的被投诉单位（前10）", Dimension.UNIT.title(), groupRows(units), null));

        page.setVariable("trendChart", SvgCharts.columns("近12个月受理与办结", "受理", "办结", trend.stream()
                .map(m -> new SvgCharts.Column(m.month().substring(2), m.figures().received(), m.figures().closed()))
                .toList()));
        page.setVariable("trend", trend.stream().map(m -> {
            ComplaintFigures mf = m.figures();
            return new TrendRow(m.month(), mf.received(), mf.closed(), mf.decided(), percent(mf.withinStatutoryShare()),
                    days(mf.handlingDaysMedian()), mf.openAtEnd());
        }).toList());

        ComplaintStatistics.Reviews reviews = complaints.reviews(period);
        Map<String, Long> callbacks = complaints.callbacks(period);
        page.setVariable("impact", List.of(
                kpi("重大投诉 / 一级投诉（受理）", f.majorComplaints() + " / " + levelReceived(period, "1")),
                kpi("赔偿（件 / 元）", f.compensationCases() + " / " + f.compensationAmount().toPlainString()),
                kpi("督办（件 / 次）", f.escalatedCases() + " / " + f.escalations()),
                kpi("核查申请（件）", String.valueOf(reviews.requested())),
                kpi("核查结论：维持 / 变更 / 撤销重新处理", reviews.upheld() + " / " + reviews.changed() + " / " + reviews.setAside()),
                kpi("核查超过30日（件）", String.valueOf(reviews.decidedLate())),
                kpi("结案回访：满意 / 不满意 / 无法联系 / 未回访", callbacks.get("SATISFIED") + " / " + callbacks.get("UNSATISFIED")
                        + " / " + callbacks.get("UNREACHABLE") + " / " + callbacks.get("NONE"))));

        ComplaintStatistics.Rectifications r = complaints.rectifications(period);
        page.setVariable("rectifications", List.of(kpi("本月下达", String.valueOf(r.opened())),
                kpi("本月完成", String.valueOf(r.completed())), kpi("月末未完成", String.valueOf(r.openAtEnd())),
                kpi("其中已超过整改期限", String.valueOf(r.overdueOpen()))));

        page.setVariable("majorComplaints", majorComplaints(period));

        WhistleblowingFigures w = whistleblowing.figures(period);
        page.setVariable("reports", List.of(
                kpi("收到举报（件，其中匿名）", w.received() + "（" + w.anonymous() + "）"),
                kpi("受理 / 不予受理", w.admitted() + " / " + w.refused()),
                kpi("作出处理决定 / 其中查实", w.decided() + " / " + w.substantiated()),
                kpi("结案 / 月末在办", w.closed() + " / " + w.openAtEnd()),
                kpi("时长中位数（天）：受理决定 / 调查至决定 / 决定至结案", days(w.medianDays().assessment()) + " / "
                        + days(w.medianDays().investigation()) + " / " + days(w.medianDays().closing()))));
        page.setVariable("refusals", w.refusedByReason().entrySet().stream()
                .map(e -> kpi(AdmissibilityRefusal.valueOf(e.getKey()).wording(), String.valueOf(e.getValue()))).toList());
        page.setVariable("decisions", w.decisions().entrySet().stream()
                .map(e -> kpi(CommitteeDecision.valueOf(e.getKey()).label(), String.valueOf(e.getValue()))).toList());

        page.setVariable("steps", bottlenecks.steps(period, null).stream().limit(8)
                .map(s -> new StepRow(s.processKey(), s.activityName() == null ? s.activityId() : s.activityName(),
                        s.completed(), hours(s.medianHours()), hours(s.p90Hours()), s.waiting(), s.lateTasks()))
                .toList());
        return MonthlyReportPage.render(page);
    }

    private long levelReceived(Period period, String level) {
        return complaints.by(Dimension.LEVEL, period).stream().filter(g -> level.equals(g.key()))
                .mapToLong(g -> g.figures().received()).sum();
    }

    private List<List<String>> majorComplaints(Period period) {
        return jdbc.query(MAJOR.formatted(IN_MONTH), (rs, i) -> Arrays.asList(rs.getString("case_number"),
                rs.getObject("level") == null ? "—" : Dimension.LEVEL.label(rs.getString("level")),
                rs.getBoolean("major_complaint") ? "是" : "否", Dimension.BUSINESS_LINE.label(rs.getString("business_line")),
                Dimension.CATEGORY.label(rs.getString("category")), status(rs.getString("status")), time(rs, "received_at"),
                time(rs, "statutory_due_by"), time(rs, "decided_at")),
                inMonth(period));
    }

    private static Object[] inMonth(Period period) {
        Object start = Buckets.at(period.start());
        return new Object[] {Buckets.at(period.asOf()), start, start, start, start, start, start};
    }

    private static List<GroupRow> groupRows(List<ComplaintStatistics.Group> groups) {
        return groups.stream().map(g -> {
            ComplaintFigures gf = g.figures();
            return new GroupRow(g.label(), gf.received(), gf.closed(), gf.openAtEnd(), gf.decided(),
                    percent(gf.withinStatutoryShare()), days(gf.handlingDaysMedian()));
        }).toList();
    }

    private static List<SvgCharts.Bar> bars(List<ComplaintStatistics.Group> groups,
                                            Function<ComplaintFigures, Long> value) {
        return groups.stream().filter(g -> value.apply(g.figures()) > 0)
                .map(g -> new SvgCharts.Bar(g.label(), value.apply(g.figures()))).toList();
    }

    private static Kpi kpi(String name, long now, long before) {
        return new Kpi(name, String.valueOf(now), String.valueOf(before));
    }

    private static Kpi kpi(String name, String now) {
        return new Kpi(name, now, null);
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
