package com.casedesk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A CSV file for spreadsheet users: RFC 4180 quoting and CRLF line ends by Apache Commons CSV, UTF-8 with a
 * byte-order mark so that spreadsheet programs show Chinese correctly, and no cell a spreadsheet would run
 * as a formula: a cell starting with = + - @ tab or CR gets a leading apostrophe, because unit names,
 * user ids and detail texts come from input (CSV injection).
 */
public final class SpreadsheetCsv {

    /** Quotes a cell only where RFC 4180 needs it. */
    public static final CSVFormat MINIMAL = CSVFormat.RFC4180;

    /** Quotes every cell that has a value; a missing value stays an empty, unquoted cell. */
    public static final CSVFormat QUOTED = CSVFormat.RFC4180.builder()
            .setQuoteMode(QuoteMode.ALL_NON_NULL).get();

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringBuilder text = new StringBuilder("\uFEFF");
    private final CSVPrinter printer;

    /**
     * @param headerLine the header line as it is written, without line end; {@code null} for none
     */
    public SpreadsheetCsv(CSVFormat format, String headerLine) {
        if (headerLine != null) {
            text.append(headerLine).append(format.getRecordSeparator());
        }
        try {
            this.printer = new CSVPrinter(text, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SpreadsheetCsv row(List<String> cells) {
        try {
            printer.printRecord(cells.stream().map(SpreadsheetCsv::defuse));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One cell as it appears in a line of this format (no line end). */
    public static String cell(CSVFormat format, String value) {
        return format.format((Object) defuse(value));
    }

    private static String defuse(String value) {
        return value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
