package com.casedesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NoticeText;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.Notifications;
import com.casedesk.notification.OutboxMessage;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.TestNotificationGateway;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A letter's PDF prints the address and the text: erased with the case's personal data, its posting kept as proof. */
@PostgresTest
class LetterRetentionTest {

    @Autowired ProcessEngine engine;
    @Autowired ComplaintIntake intake;
    @Autowired ComplaintRetention retention;
    @Autowired Notifications notifications;
    @Autowired TestNotificationGateway gateway;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void realChannels() {
        UnmeasuredProcesses.allow(engine);
        gateway.useRealChannels(true);
    }

    @AfterEach
    void back() {
        gateway.useRealChannels(false);
    }

    @Test
    void anonymizingACaseErasesItsLettersPdfsAndKeepsTheirPosting() {
        String caseNumber = intake.register(Complaints.ordinary(), null, "test", "frontline").receipt().caseNumber();
        OutboxMessage letter = notifications.send(caseNumber, NoticePurpose.ACKNOWLEDGEMENT, NotificationChannel.LETTER,
                "杭州市西湖区文三路1号 张三 收", NoticeText.of("您的投诉已受理。"), null);
        jdbc.update("update notice_letter set posted_on = current_date, tracking_number = 'XA12345678901'"
                + " where outbox_id = ?", letter.id());

        assertThat(retention.anonymize(caseNumber, Instant.now())).isTrue();

        Map<String, Object> row = jdbc.queryForMap("select pdf, posted_on, tracking_number, pages from notice_letter"
                + " where outbox_id = ?", letter.id());
        assertThat(row.get("pdf")).isNull();
        assertThat(row.get("posted_on")).isNotNull();
        assertThat(row).containsEntry("tracking_number", "XA12345678901").containsEntry("pages", 1);
    }
}
