package com.casedesk.complaint;

import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Case numbers (投诉编号) such as {@code TS20261123000042}: "TS", the local date of receipt and a
 * database sequence. The sequence never hands out a number twice, across nodes too; a number taken
 * by an intake that is rolled back leaves a gap, which the ledger accepts in exchange for intake that
 * does not serialise on a counter row.
 */
@Component
class CaseNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final DataFieldMaxValueIncrementer sequence;
    private final ComplaintProperties properties;

    CaseNumbers(DataSource dataSource, ComplaintProperties properties) throws MetaDataAccessException {
        this.properties = properties;
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        this.sequence = product.toLowerCase().contains("h2")
                ? new H2SequenceMaxValueIncrementer(dataSource, "complaint_case_seq")
                : new PostgresSequenceMaxValueIncrementer(dataSource, "complaint_case_seq");
    }

    String next(Instant receivedAt) {
        return "TS" + DAY.format(receivedAt.atZone(properties.zone())) + String.format("%06d", sequence.nextLongValue());
    }
}
