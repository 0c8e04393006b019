package com.casedesk.whatif;

import com.casedesk.complaint.BusinessLine;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintCategory;
import com.casedesk.complaint.ComplaintFlag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The routing-facts CSV: one complaint per row, {@code receivedAt} ISO-8601 with its offset, codes as enum names (or
 * their Chinese labels), {@code flags} {@code |}-separated, {@code amountBand} as {@link AmountBands} names.
 * {@code amountBand}, {@code flags} and {@code jointComplainants} may be left out (none, none, 1).
 */
final class RoutingFacts implements ArrivalCsv.Format {

    static final List<String> HEADER = List.of("receivedAt", "channel", "category", "businessLine", "amountBand", "flags",
            "jointComplainants");
    static final String HEADER_LINE = String.join(",", HEADER);
    private static final List<String> REQUIRED = HEADER.subList(0, 4);

    private final List<String> header;
    private final ArrivalCsv csv;

    RoutingFacts(List<String> header, ArrivalCsv csv) {
        this.header = header;
        this.csv = csv;
    }

    static boolean accepts(List<String> header) {
        return header.contains("receivedAt") && header.contains("channel");
    }

    @Override
    public List<String> headerProblems() {
        List<String> problems = new ArrayList<>();
        REQUIRED.stream().filter(c -> !header.contains(c)).forEach(c -> problems.add("column " + c + " missing"));
        header.stream().filter(c -> !HEADER.contains(c))
                .forEach(c -> problems.add("unknown column " + c + " (columns: " + HEADER_LINE + ")"));
        ArrivalCsv.duplicates(header).forEach(c -> problems.add("column " + c + " twice"));
        return problems;
    }

    @Override
    public Arrival row(int line, List<String> cells) {
        int before = csv.problemCount();
        Instant at = null;
        String received = cell(cells, "receivedAt");
        try {
            at = OffsetDateTime.parse(received).toInstant();
        } catch (DateTimeParseException e) {
            csv.problem(line, "receivedAt", "'" + received + "' is not ISO-8601 with an offset (e.g. 2026-03-02T09:15:00+08:00)");
        }
        Channel channel = code(line, cells, "channel", ArrivalCsv.channel(cell(cells, "channel")), Channel.class);
        ComplaintCategory category = code(line, cells, "category", ArrivalCsv.category(cell(cells, "category")),
                ComplaintCategory.class);
        BusinessLine businessLine = code(line, cells, "businessLine", ArrivalCsv.businessLine(cell(cells, "businessLine")),
                BusinessLine.class);
        String band = cell(cells, "amountBand");
        band = band.isEmpty() ? "none" : band;
        if (!AmountDraw.BANDS.contains(band)) {
            csv.problem(line, "amountBand", "'" + band + "' is not one of " + String.join(", ", AmountDraw.BANDS));
        }
        Set<ComplaintFlag> flags = ArrivalCsv.noFlags();
        for (String name : cell(cells, "flags").split("\\|")) {
            if (name.isBlank()) {
                continue;
            }
            ComplaintFlag flag = ArrivalCsv.flag(name.trim());
            if (flag == null) {
                csv.problem(line, "flags", "'" + name.trim() + "' is not one of " + ArrivalCsv.names(ComplaintFlag.class));
            } else {
                flags.add(flag);
            }
        }
        int joint = 1;
        String jointCell = cell(cells, "jointComplainants");
        if (!jointCell.isEmpty()) {
            try {
                joint = Integer.parseInt(jointCell);
            } catch (NumberFormatException e) {
                joint = 0;
            }
            if (joint < 1) {
                csv.problem(line, "jointComplainants", "'" + jointCell + "' is not a whole number of 1 or more");
            }
        }
        if (at != null && !csv.inYear(at, line, "receivedAt", received, false)) {
            return null;
        }
        if (csv.problemCount() != before) {
            return null;
        }
        BigDecimal amount = csv.amountWithin(band);
        return new Arrival(0, at, channel, category, businessLine, amount, flags, joint);
    }

    private <E extends Enum<E>> E code(int line, List<String> cells, String column, E value, Class<E> type) {
        if (value == null) {
            csv.problem(line, column, "'" + cell(cells, column) + "' is not one of " + ArrivalCsv.names(type));
        }
        return value;
    }

    private String cell(List<String> cells, String column) {
        int i = header.indexOf(column);
        return i < 0 ? "" : cells.get(i);
    }
}
