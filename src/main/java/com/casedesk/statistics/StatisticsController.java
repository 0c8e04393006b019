package com.casedesk.statistics;

import com.casedesk.complaint.ComplaintProperties;
import com.casedesk.web.FieldProblem;
import com.casedesk.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Managers' and compliance's figures (req. §7–§8, 002 §6, Art. 26, 35–36). Every endpoint checks the
 * caller's groups itself (403 problem+json otherwise); nothing here writes.
 */
@RestController
@RequestMapping("/api/statistics")
@Tag(name = "Statistics 统计", description = "Figures, trend, bottlenecks and the monthly report: complaint managers and compliance only")
class StatisticsController {

    private static final String PERIOD_DOC = "A period is month=2026-10, or from=2026-10-01&to=2026-12-31 (both days"
            + " included, Beijing time); without either, the current month. Open and overdue are counted at the end"
            + " of the period, or now if it has not ended.";

    private final ComplaintStatistics complaints;
    private final ClockAndRounds clockAndRounds;
    private final WhistleblowingStatistics whistleblowing;
    private final Bottlenecks bottlenecks;
    private final MonthlyReport monthlyReport;
    private final MonthlyLedger monthlyLedger;
    private final Clock clock;
    private final ZoneId zone;

    StatisticsController(ComplaintStatistics complaints, ClockAndRounds clockAndRounds, WhistleblowingStatistics whistleblowing,
                         Bottlenecks bottlenecks, MonthlyReport monthlyReport, MonthlyLedger monthlyLedger, Clock clock,
                         ComplaintProperties properties) {
        this.complaints = complaints;
        this.clockAndRounds = clockAndRounds;
        this.whistleblowing = whistleblowing;
        this.bottlenecks = bottlenecks;
        this.monthlyReport = monthlyReport;
        this.monthlyLedger = monthlyLedger;
        this.clock = clock;
        this.zone = properties.zone();
    }

    record PeriodView(String from, String to, String zone, Instant asOf) {
        static PeriodView of(Period p) {
            return new PeriodView(p.from().toString(), p.to().toString(), p.zone().getId(), p.asOf());
        }
    }

    record ComplaintStatisticsView(PeriodView period, ComplaintFigures totals, String groupBy,
                                   List<ComplaintStatistics.Group> groups, ComplaintStatistics.Reviews reviews,
                                   Map<String, Long> callbacks, ComplaintStatistics.Rectifications rectifications,
                                   ClockFigures clock, RoundFigures rounds, BreachFigures breaches) {
    }

    @GetMapping(path = "/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Complaint figures of a period, in total and grouped by one dimension",
            description = PERIOD_DOC + " groupBy: channel, businessLine, category, level, result, rootCause, unit or"
                    + " handler. clock: the on-time rate against the original statutory date beside the current one, with"
                    + " the extensions, pauses and restarts of the decided cases; rounds: each round's callback and the"
                    + " reopenings; breaches: the statutory deadlines missed (events) and their cases. Definitions in"
                    + " docs/statistics.md.", security = {@SecurityRequirement(name = "basic")})
    @ApiResponse(responseCode = "200", description = "The figures")
    @ApiResponse(responseCode = "400", description = "A malformed period or an unknown groupBy")
    @ApiResponse(responseCode = "403", description = "Not a complaint manager or compliance officer")
    ResponseEntity<ComplaintStatisticsView> complaints(@RequestParam(required = false) String month,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @Parameter(description = "channel, businessLine, category, level, result, rootCause, unit, handler")
            @RequestParam(required = false) String groupBy) {
        StatisticsAccess.require(StatisticsAccess.STATISTICS);
        Period period = period(month, from, to);
        Dimension dimension = null;
        if (groupBy != null) {
            dimension = Dimension.of(groupBy);
            if (dimension == null) {
                throw new InvalidRequestException(List.of(new FieldProblem("groupBy", "must be one of "
                        + Dimension.parameters())));
            }
        }
        return noStore(new ComplaintStatisticsView(PeriodView.of(period), complaints.totals(period), groupBy,
                dimension == null ? List.of() : complaints.by(dimension, period), complaints.reviews(period),
                complaints.callbacks(period), complaints.rectifications(period), clockAndRounds.clock(period),
                clockAndRounds.rounds(period), clockAndRounds.breaches(period)));
    }

    record TrendView(PeriodView period, List<ComplaintStatistics.Month> months) {
    }

    @GetMapping(path = "/complaints/trend", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Complaint figures month by month (trend analysis, 002 §6.2)",
            description = PERIOD_DOC, security = {@SecurityRequirement(name = "basic")})
    @ApiResponse(responseCode = "403", description = "Not a complaint manager or compliance officer")
    ResponseEntity<TrendView> trend(@RequestParam(required = false) String month,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        StatisticsAccess.require(StatisticsAccess.STATISTICS);
        Period period = period(month, from, to);
        return noStore(new TrendView(PeriodView.of(period), complaints.trend(period)));
    }

    record WhistleblowingView(PeriodView period, WhistleblowingFigures figures) {
    }

    @GetMapping(path = "/whistleblowing", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Whistleblowing figures: counts and stage times only, nothing that identifies anyone",
            description = PERIOD_DOC, security = {@SecurityRequirement(name = "basic")})
    @ApiResponse(responseCode = "403", description = "Not a complaint manager or compliance officer")
    ResponseEntity<WhistleblowingView> whistleblowing(@RequestParam(required = false) String month,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        StatisticsAccess.require(StatisticsAccess.STATISTICS);
        Period period = period(month, from, to);
        return noStore(new WhistleblowingView(PeriodView.of(period), whistleblowing.figures(period)));
    }

    record BottlenecksView(PeriodView period, String process, List<Bottlenecks.Step> steps) {
    }

    @GetMapping(path = "/bottlenecks", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Time spent in each step of each process, from the engine history (瓶颈)",
            description = PERIOD_DOC + " Steps started in the period; the one where cases spent most time first.",
            security = {@SecurityRequirement(name = "basic")})
    @ApiResponse(responseCode = "403", description = "Not a complaint manager, compliance officer or process owner")
    ResponseEntity<BottlenecksView> bottlenecks(@RequestParam(required = false) String month,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @Parameter(description = "a process definition key, e.g. complaint-handling; all processes without it")
            @RequestParam(required = false) String process) {
        StatisticsAccess.require(StatisticsAccess.BOTTLENECKS);
        Period period = period(month, from, to);
        return noStore(new BottlenecksView(PeriodView.of(period), process, bottlenecks.steps(period, process)));
    }

    @GetMapping(path = "/monthly-report", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "月度报告: the month's report for management as one HTML page with tables and charts",
            description = "month=2026-10; without it, the last full month. Follows 002 §6.3. No personal data.",
            security = {@SecurityRequirement(name = "basic")})
    @ApiResponse(responseCode = "403", description = "Not a complaint manager or compliance officer")
    ResponseEntity<String> monthlyReport(@RequestParam(required = false) String month) {
        StatisticsAccess.require(StatisticsAccess.STATISTICS);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(monthlyReport.html(month(month)));
    }

    @GetMapping(path = "/monthly-report.csv", produces = "text/csv")
    @Operation(summary = "The month's ledger as CSV (UTF-8 with BOM, for Excel): no name, ID number, phone, e-mail,"
            + " staff name or free text", description = "month=2026-10; without it, the last full month. One row per"
            + " complaint received in the month or still open at its start.", security = {@SecurityRequirement(name = "basic")})
    @ApiResponse(responseCode = "403", description = "Not a complaint manager or compliance officer")
    ResponseEntity<byte[]> ledgerCsv(@RequestParam(required = false) String month) {
        StatisticsAccess.require(StatisticsAccess.STATISTICS);
        YearMonth m = month(month);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("casedesk-ledger-" + m + ".csv").build().toString())
                .body(monthlyLedger.csv(m));
    }

    private Period period(String month, String from, String to) {
        return Period.parse(month, from, to, zone, Instant.now(clock));
    }

    private YearMonth month(String month) {
        if (month == null) {
            return YearMonth.from(Instant.now(clock).atZone(zone)).minusMonths(1);
        }
        return Period.parse(month, null, null, zone, Instant.now(clock)).from().query(YearMonth::from);
    }

    private static <T> ResponseEntity<T> noStore(T body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
}
