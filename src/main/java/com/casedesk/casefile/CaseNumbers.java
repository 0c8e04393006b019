package com.casedesk.casefile;

import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;

/**
 * Human-readable case numbers: a prefix, the local date of receipt and a database sequence, e.g.
 * {@code TS20261123000042}. The sequence never hands out a number twice, across nodes too; a number
 * taken by a transaction that rolls back leaves a gap, the price of intake that does not serialise on
 * a counter row. One instance per kind of case ({@link CaseNumbering}).
 */
public final class CaseNumbers {

    /** Bean name of the complaint numbering (投诉编号). */
    public static final String COMPLAINTS = "caseNumbers";
    /** Bean name of the whistleblowing report numbering (举报编号). */
    public static final String REPORTS = "reportNumbers";

    /** Prefix of 举报编号: events of such a case say nothing about its notices beyond that they happened. */
    public static final String REPORT_PREFIX = "JB";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final String prefix;
    private final DataFieldMaxValueIncrementer sequence;
    private final ZoneId zone;

    CaseNumbers(String prefix, DataSource dataSource, String sequenceName, ZoneId zone) {
        this.prefix = prefix;
        this.zone = zone;
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            this.sequence = product.toLowerCase().contains("h2")
                    ? new H2SequenceMaxValueIncrementer(dataSource, sequenceName)
                    : new PostgresSequenceMaxValueIncrementer(dataSource, sequenceName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database holds " + sequenceName, e);
        }
    }

    /** Whether {@code caseNumber} is one of this numbering's (by its prefix). */
    public boolean numbered(String caseNumber) {
        return caseNumber != null && caseNumber.startsWith(prefix);
    }

    /** Whether the number is a whistleblowing report's. */
    public static boolean isReport(String caseNumber) {
        return caseNumber != null && caseNumber.startsWith(REPORT_PREFIX);
    }

    /** The next number, dated by the day of receipt in the service's time zone. */
    public String next(Instant receivedAt) {
        return prefix + DAY.format(receivedAt.atZone(zone)) + String.format("%06d", sequence.nextLongValue());
    }
}
