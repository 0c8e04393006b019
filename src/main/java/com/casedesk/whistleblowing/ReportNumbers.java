package com.casedesk.whistleblowing;

import com.casedesk.complaint.ComplaintProperties;
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
 * Report numbers (举报编号) such as {@code JB20261123000042}: "JB", the local date of receipt
 * (casedesk.complaint.zone) and the database sequence {@code wb_report_seq}, as complaint case numbers.
 */
@Component
class ReportNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final DataFieldMaxValueIncrementer sequence;
    private final ComplaintProperties properties;

    ReportNumbers(DataSource dataSource, ComplaintProperties properties) throws MetaDataAccessException {
        this.properties = properties;
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        this.sequence = product.toLowerCase().contains("h2")
                ? new H2SequenceMaxValueIncrementer(dataSource, "wb_report_seq")
                : new PostgresSequenceMaxValueIncrementer(dataSource, "wb_report_seq");
    }

    String next(Instant receivedAt) {
        return "JB" + DAY.format(receivedAt.atZone(properties.zone())) + String.format("%06d", sequence.nextLongValue());
    }
}
