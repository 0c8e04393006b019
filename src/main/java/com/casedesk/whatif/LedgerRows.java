package com.casedesk.whatif;

import com.casedesk.complaint.BusinessLine;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintCategory;
import com.casedesk.complaint.ComplaintFlag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The ledger CSV as {@code GET /api/statistics/monthly-report.csv?month=…} exports it (statistics/MonthlyLedger),
 * one or more months concatenated. It carries the case number, channel, business line and category (as Chinese
 * labels), the level and whether major, and 受理时间 to the minute in the service zone; it carries no amount, flag or
 * number of complainants. Those are put back so that the release's grading table gives the recorded level again:
 * <ul>
 *   <li>Level 1 and major: a mass incident of 20 complainants;</li>
 *   <li>Level 1, not major: a possible legal dispute;</li>
 *   <li>Level 2 (not a regulator transfer, which is Level 2 by its channel): an amount in 50k-500k;</li>
 *   <li>Level 3 or not graded: no amount, no flag, one complainant.</li>
 * </ul>
 * A case appears in every month's ledger it was open at the start of: it is taken once, as first listed. Rows
 * received before the year are such carry-overs from December and are skipped; rows after the year are refused.
 */
final class LedgerRows implements ArrivalCsv.Format {

    static final String CASE_NUMBER = "投诉编号";
    static final String CHANNEL = "受理渠道";
    static final String BUSINESS_LINE = "业务类别";
    static final String CATEGORY = "投诉类型";
    static final String LEVEL = "投诉等级";
    static final String MAJOR = "重大投诉";
    static final String RECEIVED_AT = "受理时间";
    static final List<String> NEEDED = List.of(CASE_NUMBER, CHANNEL, BUSINESS_LINE, CATEGORY, LEVEL, MAJOR, RECEIVED_AT);

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("[yyyy-MM-dd H:mm[:ss]][yyyy/M/d H:mm[:ss]]");

    private final List<String> header;
    private final ArrivalCsv csv;
    private final Set<String> seen = new HashSet<>();
    private int skipped;

    LedgerRows(List<String> header, ArrivalCsv csv) {
        this.header = header;
        this.csv = csv;
    }

    static boolean accepts(List<String> header) {
        return header.contains(RECEIVED_AT) && header.contains(CHANNEL);
    }

    @Override
    public List<String> headerProblems() {
        List<String> problems = new ArrayList<>();
        NEEDED.stream().filter(c -> !header.contains(c)).forEach(c -> problems.add("column " + c + " missing"));
        ArrivalCsv.duplicates(header).stream().filter(NEEDED::contains).forEach(c -> problems.add("column " + c + " twice"));
        return problems;
    }

    @Override
    public Arrival row(int line, List<String> cells) {
        String caseNumber = cell(cells, CASE_NUMBER);
        if (!caseNumber.isEmpty() && !seen.add(caseNumber)) {
            return null;
        }
        int before = csv.problemCount();
        String received = cell(cells, RECEIVED_AT);
        Instant at = null;
        try {
            at = LocalDateTime.parse(received, MINUTES).atZone(csv.zone()).toInstant();
        } catch (DateTimeParseException e) {
            csv.problem(line, RECEIVED_AT, "'" + received + "' is not a time as the ledger writes it (2026-03-02 09:15)");
        }
        Channel channel = ArrivalCsv.channel(cell(cells, CHANNEL));
        if (channel == null) {
            csv.problem(line, CHANNEL, unknown(cells, CHANNEL, Channel.values(), Channel::label));
        }
        BusinessLine businessLine = ArrivalCsv.businessLine(cell(cells, BUSINESS_LINE));
        if (businessLine == null) {
            csv.problem(line, BUSINESS_LINE, unknown(cells, BUSINESS_LINE, BusinessLine.values(), BusinessLine::label));
        }
        ComplaintCategory category = ArrivalCsv.category(cell(cells, CATEGORY));
        if (category == null) {
            csv.problem(line, CATEGORY, unknown(cells, CATEGORY, ComplaintCategory.values(), ComplaintCategory::label));
        }
        int level = level(cell(cells, LEVEL));
        if (level < 0) {
            csv.problem(line, LEVEL, "'" + cell(cells, LEVEL) + "' is not 一级, 二级, 三级 or empty");
        }
        String majorCell = cell(cells, MAJOR);
        if (!List.of("是", "否", "").contains(majorCell)) {
            csv.problem(line, MAJOR, "'" + majorCell + "' is not 是 or 否");
        }
        if (at != null && at.atZone(csv.zone()).getYear() < csv.year()) {
            csv.inYear(at, line, RECEIVED_AT, received, true);
            skipped++;
            return null;
        }
        if (at != null && !csv.inYear(at, line, RECEIVED_AT, received, false)) {
            return null;
        }
        if (csv.problemCount() != before) {
            return null;
        }
        Set<ComplaintFlag> flags = ArrivalCsv.noFlags();
        BigDecimal amount = null;
        int joint = 1;
        if (level == 1 && "是".equals(majorCell)) {
            flags.add(ComplaintFlag.MASS_INCIDENT);
            joint = 20;
        } else if (level == 1) {
            flags.add(ComplaintFlag.LEGAL_DISPUTE);
        } else if (level == 2 && channel != Channel.REGULATOR_TRANSFER) {
            amount = csv.amountWithin(AmountBands.NAMES[2]);
        }
        return new Arrival(0, at, channel, category, businessLine, amount, flags, joint);
    }

    @Override
    public void finished() {
        ArrivalCsv.logSkipped(skipped, csv.year());
    }

    private static int level(String cell) {
        return switch (cell) {
            case "一级", "1" -> 1;
            case "二级", "2" -> 2;
            case "三级", "3", "", "未定级" -> 3;
            default -> -1;
        };
    }

    private <E> String unknown(List<String> cells, String column, E[] values, Function<E, String> label) {
        return "'" + cell(cells, column) + "' is not one of "
                + String.join(", ", Arrays.stream(values).map(label).toList());
    }

    private String cell(List<String> cells, String column) {
        int i = header.indexOf(column);
        return i < 0 ? "" : cells.get(i);
    }
}
