package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.PostgresTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A report's closing time, which starts its retention period, follows its status. */
@PostgresTest
class ReportClosingTimeTest {

    @Autowired ReportStatus status;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void restore() {
        ClockUtil.reset();
    }

    @Test
    void closingOrRefusingSetsTheClosingTimeAndAnyOtherStatusClearsIt() {
        String number = "JB-CT-" + UUID.randomUUID().toString().substring(0, 12);
        jdbc.update("insert into wb_report (report_number, anonymous, pseudonym, description, received_at, status,"
                + " receipt_lookup, receipt_verifier, version) values (?, true, '举报人-CT01', '测试', current_timestamp,"
                + " 'RECEIVED', ?, 'x', 0)", number, UUID.randomUUID().toString());
        Instant refusedAt = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        Instant closedAt = refusedAt.plus(2, ChronoUnit.DAYS);

        ClockUtil.setCurrentTime(Date.from(refusedAt));
        status.set(number, ReportStatus.Status.REFUSED);
        assertThat(closedAt(number)).isEqualTo(refusedAt);

        status.set(number, ReportStatus.Status.ADMITTED);
        assertThat(closedAt(number)).isNull();

        ClockUtil.setCurrentTime(Date.from(closedAt));
        status.set(number, ReportStatus.Status.CLOSED);
        assertThat(closedAt(number)).isEqualTo(closedAt);
    }

    private Instant closedAt(String number) {
        Timestamp at = jdbc.queryForObject("select closed_at from wb_report where report_number = ?", Timestamp.class, number);
        return at == null ? null : at.toInstant();
    }
}
