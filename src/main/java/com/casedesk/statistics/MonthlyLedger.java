package com.casedesk.statistics;

import com.casedesk.complaint.BusinessLine;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintCategory;
import com.casedesk.complaint.ComplaintProperties;
import com.casedesk.complaint.DecisionMeasure;
import com.casedesk.complaint.DecisionResult;
import com.casedesk.complaint.RootCause;
import com.casedesk.web.SpreadsheetCsv;
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

/**
 * The month's complaints case by case, where the monthly report ({@link MonthlyReport}) has figures: the
 * ledger as CSV and the list of major complaints (专项报告). Codes are written as their Chinese labels.
 * Personal data is left out, not masked: no name, ID number, phone, e-mail, staff member complained
 * about, request or facts.
 */
@Component
class MonthlyLedger {

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

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId zone;

    MonthlyLedger(JdbcTemplate jdbc, Clock clock, ComplaintProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = properties.zone();
    }

    /** Major and level-1 complaints of the month, one row of the report's table each. */
    List<List<String>> majorComplaints(Period period) {
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

    /** The month's ledger: every complaint received in the month or still open at its start, one row each. */
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

    private String time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? "" : MINUTES.format(t.toInstant().atZone(zone));
    }
}
