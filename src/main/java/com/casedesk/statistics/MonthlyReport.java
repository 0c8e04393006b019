package com.casedesk.statistics;

import com.casedesk.complaint.ComplaintProperties;
import com.casedesk.statistics.MonthlyReportPage.GroupRow;
import com.casedesk.statistics.MonthlyReportPage.GroupTable;
import com.casedesk.statistics.MonthlyReportPage.Kpi;
import com.casedesk.statistics.MonthlyReportPage.StepRow;
import com.casedesk.statistics.MonthlyReportPage.TrendRow;
import com.casedesk.whistleblowing.AdmissibilityRefusal;
import com.casedesk.whistleblowing.CommitteeDecision;
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
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;

/**
 * 月度报告 The monthly report for management (002 §6.3 定期报告: handling work, the statistics and their
 * analysis, the state of the improvement measures; 专项报告 on major complaints, listed by
 * {@link MonthlyLedger}), built from the same figures as the statistics API. It contains no complainant's
 * name, ID number, phone or e-mail, no staff member complained about and no free text of a case.
 */
@Component
class MonthlyReport {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ComplaintStatistics complaints;
    private final ClockAndRounds clockAndRounds;
    private final WhistleblowingStatistics whistleblowing;
    private final Bottlenecks bottlenecks;
    private final MonthlyLedger ledger;
    private final Clock clock;
    private final ZoneId zone;

    MonthlyReport(ComplaintStatistics complaints, ClockAndRounds clockAndRounds, WhistleblowingStatistics whistleblowing,
                  Bottlenecks bottlenecks, MonthlyLedger ledger, Clock clock, ComplaintProperties properties) {
        this.complaints = complaints;
        this.clockAndRounds = clockAndRounds;
        this.whistleblowing = whistleblowing;
        this.bottlenecks = bottlenecks;
        this.ledger = ledger;
        this.clock = clock;
        this.zone = properties.zone();
    }

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

        Period lastMonth = Period.ofMonth(month.minusMonths(1), zone, now);
        page.setVariable("clock", clockRows(clockAndRounds.clock(period), clockAndRounds.clock(lastMonth),
                clockAndRounds.breaches(period), clockAndRounds.breaches(lastMonth)));

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
        RoundFigures rounds = clockAndRounds.rounds(period);
        page.setVariable("impact", List.of(
                kpi("重大投诉 / 一级投诉（受理）", f.majorComplaints() + " / " + levelReceived(period, "1")),
                kpi("赔偿（件 / 元）", f.compensationCases() + " / " + f.compensationAmount().toPlainString()),
                kpi("督办（件 / 次）", f.escalatedCases() + " / " + f.escalations()),
                kpi("核查申请（件）", String.valueOf(reviews.requested())),
                kpi("核查结论：维持 / 变更 / 撤销重新处理", reviews.upheld() + " / " + reviews.changed() + " / " + reviews.setAside()),
                kpi("核查超过30日（件）", String.valueOf(reviews.decidedLate())),
                kpi("结案回访：满意 / 不满意 / 无法联系 / 未回访", callbacks.get("SATISFIED") + " / " + callbacks.get("UNSATISFIED")
                        + " / " + callbacks.get("UNREACHABLE") + " / " + callbacks.get("NONE")),
                roundsRow(rounds),
                kpi("重新处理：客户不满意 / 核查撤销（次）", reopenings(rounds))));

        ComplaintStatistics.Rectifications r = complaints.rectifications(period);
        page.setVariable("rectifications", List.of(kpi("本月下达", String.valueOf(r.opened())),
                kpi("本月完成", String.valueOf(r.completed())), kpi("月末未完成", String.valueOf(r.openAtEnd())),
                kpi("其中已超过整改期限", String.valueOf(r.overdueOpen()))));

        page.setVariable("majorComplaints", ledger.majorComplaints(period));

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

    /**
     * Beside the rate the regulator sees: the rate against the dates set at intake, what moved them, and the
     * statutory dates that passed undecided (an undecided case is in no on-time rate until it is decided).
     */
    private static List<Kpi> clockRows(ClockFigures now, ClockFigures before, BreachFigures breachesNow,
                                       BreachFigures breachesBefore) {
        return List.of(
                new Kpi("法定期限内决定率（按当前法定期限）", percent(now.withinStatutoryShare()),
                        percent(before.withinStatutoryShare())),
                new Kpi("法定期限内决定率（按受理时原始法定期限）", percent(now.withinOriginalStatutoryShare()),
                        percent(before.withinOriginalStatutoryShare())),
                kpi("其中期限延长（次，经批准）", now.extensions(), before.extensions()),
                kpi("其中期限中止（次）", now.pauses(), before.pauses()),
                kpi("其中期限重新计算（次）", now.restarts(), before.restarts()),
                kpi("法定期限违规：期限届满未决定（次）", breachesNow.breaches(), breachesBefore.breaches()),
                kpi("法定期限违规案件（件）", breachesNow.breachedCases(), breachesBefore.breachedCases()));
    }

    private static Kpi roundsRow(RoundFigures rounds) {
        return kpi("各轮回访：满意 / 不满意 / 无法联系", rounds.callbacks().get("SATISFIED") + " / "
                + rounds.callbacks().get("UNSATISFIED") + " / " + rounds.callbacks().get("UNREACHABLE"));
    }

    private static String reopenings(RoundFigures rounds) {
        return rounds.reopenedUnsatisfied() + " / " + rounds.reopenedAfterReview();
    }

    private long levelReceived(Period period, String level) {
        return complaints.by(Dimension.LEVEL, period).stream().filter(g -> level.equals(g.key()))
                .mapToLong(g -> g.figures().received()).sum();
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
}
