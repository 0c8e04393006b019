package com.casedesk.whatif;

import com.casedesk.complaint.BusinessLine;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintCategory;
import com.casedesk.complaint.ComplaintFlag;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code --arrivals}: a CSV of anonymised routing facts (header {@link RoutingFacts#HEADER}) or the ledger CSV
 * the service exports per month (header of {@code statistics/MonthlyLedger}, several months concatenated), told
 * apart by the header. Every bad row is named by line and column; the whole file is refused if any row is bad.
 */
final class ArrivalCsv {

    private static final Logger log = LoggerFactory.getLogger(ArrivalCsv.class);
    private static final int LISTED = 20;
    /** Empty lines are records (skipped below), so that a record's number is its line (no cell spans lines). */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setTrim(true).setIgnoreEmptyLines(false).get();

    private final Path file;
    private final int year;
    private final ZoneId zone;
    private final SplittableRandom random;
    private final List<String> problems = new ArrayList<>();
    private final Set<Integer> badLines = new java.util.TreeSet<>();
    private final Map<Integer, Integer> otherYears = new TreeMap<>();

    ArrivalCsv(Path file, int year, ZoneId zone, SplittableRandom random) {
        this.file = file;
        this.year = year;
        this.zone = zone;
        this.random = random;
    }

    List<Arrival> read() {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw new IllegalArgumentException(file + ": empty; expected the header " + RoutingFacts.HEADER_LINE);
            }
            List<String> header = cells(records.get(0));
            Format format = RoutingFacts.accepts(header) ? new RoutingFacts(header, this)
                    : LedgerRows.accepts(header) ? new LedgerRows(header, this) : null;
            if (format == null) {
                throw new IllegalArgumentException(file + ": line 1: the header is neither the routing facts' ("
                        + RoutingFacts.HEADER_LINE + ") nor the ledger CSV's (with " + String.join(", ", LedgerRows.NEEDED)
                        + "); save the file as UTF-8 CSV");
            }
            List<String> columnProblems = format.headerProblems();
            if (!columnProblems.isEmpty()) {
                throw new IllegalArgumentException(file + ": line 1: " + String.join("; ", columnProblems));
            }
            List<Arrival> arrivals = new ArrayList<>();
            int inYear = 0;
            int rows = 0;
            for (CSVRecord record : records.subList(1, records.size())) {
                List<String> cells = cells(record);
                if (cells.equals(header) || cells.stream().allMatch(String::isEmpty)) {
                    continue; // the header of the next month's file, concatenated, or an empty line
                }
                rows++;
                int line = (int) record.getRecordNumber();
                if (cells.size() < header.size()) {
                    problem(line, null, cells.size() + " cells, the header has " + header.size());
                    continue;
                }
                Arrival arrival = format.row(line, cells);
                if (arrival != null) {
                    inYear++;
                    arrivals.add(arrival);
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(refusal(rows, inYear));
            }
            if (arrivals.isEmpty()) {
                throw new IllegalArgumentException(file + ": no arrival received in " + year
                        + (allFromOneOtherYear(rows, inYear) ? ": " + allFrom(rows) : ""));
            }
            format.finished();
            return Arrivals.numbered(arrivals);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the arrivals file " + file, e);
        }
    }

    private String refusal(int rows, int inYear) {
        StringBuilder message = new StringBuilder(file.toString()).append(": ");
        if (allFromOneOtherYear(rows, inYear)) {
            message.append(allFrom(rows)).append("; ");
        }
        message.append(badLines.size()).append(badLines.size() == 1 ? " bad row" : " bad rows");
        if (problems.size() > badLines.size()) {
            message.append(" (").append(problems.size()).append(" problems)");
        }
        message.append(":");
        problems.stream().limit(LISTED).forEach(p -> message.append("\n  ").append(p));
        if (problems.size() > LISTED) {
            message.append("\n  … and ").append(problems.size() - LISTED).append(" more");
        }
        return message.toString();
    }

    int problemCount() {
        return problems.size();
    }

    private boolean allFromOneOtherYear(int rows, int inYear) {
        return inYear == 0 && otherYears.size() == 1 && otherYears.values().iterator().next() == rows;
    }

    private String allFrom(int rows) {
        int other = otherYears.keySet().iterator().next();
        return "all " + rows + " rows were received in " + other + ", not in " + year + " (run with --year=" + other + "?)";
    }

    int year() {
        return year;
    }

    void problem(int line, String column, String what) {
        badLines.add(line);
        problems.add("line " + line + (column == null ? "" : ", column " + column) + ": " + what);
    }

    /** Whether the instant is in the year; if not, counted, and a problem of the row unless {@code quiet}. */
    boolean inYear(Instant at, int line, String column, String cell, boolean quiet) {
        int received = at.atZone(zone).getYear();
        if (received == year) {
            return true;
        }
        otherYears.merge(received, 1, Integer::sum);
        if (!quiet) {
            problem(line, column, "received " + cell + ", not in " + year);
        }
        return false;
    }

    ZoneId zone() {
        return zone;
    }

    BigDecimal amountWithin(String band) {
        return AmountDraw.within(band, random);
    }

    static <E extends Enum<E>> E code(Class<E> type, String cell, java.util.function.Function<E, String> label) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(cell) || label.apply(value).equals(cell)) {
                return value;
            }
        }
        return null;
    }

    static Channel channel(String cell) {
        return code(Channel.class, cell, Channel::label);
    }

    static ComplaintCategory category(String cell) {
        return code(ComplaintCategory.class, cell, ComplaintCategory::label);
    }

    static BusinessLine businessLine(String cell) {
        return code(BusinessLine.class, cell, BusinessLine::label);
    }

    static ComplaintFlag flag(String cell) {
        return code(ComplaintFlag.class, cell, ComplaintFlag::label);
    }

    static <E extends Enum<E>> String names(Class<E> type) {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    static Set<ComplaintFlag> noFlags() {
        return EnumSet.noneOf(ComplaintFlag.class);
    }

    /** Cells without the byte-order mark a spreadsheet writes at the start of each file. */
    private static List<String> cells(CSVRecord record) {
        List<String> cells = new ArrayList<>(record.toList());
        if (!cells.isEmpty() && cells.get(0).startsWith("\uFEFF")) {
            cells.set(0, cells.get(0).substring(1).trim());
        }
        return cells;
    }

    /** One of the two formats. */
    interface Format {

        List<String> headerProblems();

        /** The arrival of a row (seq not yet set), or null when the row is bad (a problem noted) or skipped. */
        Arrival row(int line, List<String> cells);

        default void finished() {
        }
    }

    static Set<String> duplicates(List<String> header) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new java.util.TreeSet<>();
        header.forEach(h -> {
            if (!seen.add(h)) {
                twice.add(h);
            }
        });
        return twice;
    }

    static void logSkipped(int skipped, int year) {
        if (skipped > 0) {
            log.info("arrivals: {} ledger rows received before {} skipped (cases still open at the start of a month)",
                    skipped, year);
        }
    }
}
