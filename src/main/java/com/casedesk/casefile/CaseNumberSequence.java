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
 * a counter row.
 */
public final class CaseNumberSequence {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final String prefix;
    private final DataFieldMaxValueIncrementer sequence;

    public CaseNumberSequence(String prefix, DataSource dataSource, String sequenceName) {
        this.prefix = prefix;
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            this.sequence = product.toLowerCase().contains("h2")
                    ? new H2SequenceMaxValueIncrementer(dataSource, sequenceName)
                    : new PostgresSequenceMaxValueIncrementer(dataSource, sequenceName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database holds " + sequenceName, e);
        }
    }

    public String next(Instant receivedAt, ZoneId zone) {
        return prefix + DAY.format(receivedAt.atZone(zone)) + String.format("%06d", sequence.nextLongValue());
    }
}
