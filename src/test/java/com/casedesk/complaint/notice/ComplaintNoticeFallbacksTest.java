package com.casedesk.complaint.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.ComplaintSubmission;
import com.casedesk.complaint.PreferredChannel;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.notification.NoticeFallbacks.NoticeRoute;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.OutboxMessage;
import com.casedesk.notification.OutboxRepository;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * After a channel failed, a complaint's notice goes on by the next channel in SMS, e-mail, letter for
 * which the complainant gave a contact, never again by one already tried in the chain of replacements —
 * answered from real outbox rows on PostgreSQL.
 */
@PostgresTest
class ComplaintNoticeFallbacksTest {

    static final String ADDRESS = "上海市浦东新区世纪大道100号";

    @Autowired ComplaintNoticeFallbacks fallbacks;
    @Autowired ComplaintIntake intake;
    @Autowired OutboxRepository outbox;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aFailedSmsGoesByEmailThenByLetterThenNothingIsLeft() {
        String caseNumber = register("13800138000", "zhang@example.com", ADDRESS);
        OutboxMessage sms = failed(caseNumber, NotificationChannel.SMS, "13800138000", null);

        NoticeRoute first = fallbacks.next(sms).orElseThrow();
        assertThat(first).isEqualTo(new NoticeRoute(NotificationChannel.EMAIL, "zhang@example.com",
                "fallback: SMS failed (UNDELIV)"));

        OutboxMessage email = failed(caseNumber, NotificationChannel.EMAIL, "zhang@example.com", sms.id());
        assertThat(fallbacks.next(email)).contains(new NoticeRoute(NotificationChannel.LETTER, ADDRESS,
                "fallback: EMAIL failed (UNDELIV)"));

        OutboxMessage letter = failed(caseNumber, NotificationChannel.LETTER, ADDRESS, email.id());
        assertThat(fallbacks.next(letter)).isEmpty();
    }

    @Test
    void channelsWithoutAContactAreSkipped() {
        String noEmail = register("13800138000", null, ADDRESS);
        String noAddress = register("13800138000", "zhang@example.com", null);
        String onlyMobile = register("13800138000", null, null);

        assertThat(fallbacks.next(failed(noEmail, NotificationChannel.SMS, "13800138000", null)))
                .map(NoticeRoute::channel).contains(NotificationChannel.LETTER);
        OutboxMessage email = failed(noAddress, NotificationChannel.EMAIL, "zhang@example.com",
                failed(noAddress, NotificationChannel.SMS, "13800138000", null).id());
        assertThat(fallbacks.next(email)).isEmpty();
        assertThat(fallbacks.next(failed(onlyMobile, NotificationChannel.SMS, "13800138000", null))).isEmpty();
    }

    @Test
    void aChannelTriedEarlierInTheChainIsNotTriedAgain() {
        // preferred LETTER went first, was returned; the SMS sent instead failed too: e-mail is next, never the letter
        String caseNumber = register("13800138000", "zhang@example.com", ADDRESS);
        OutboxMessage letter = failed(caseNumber, NotificationChannel.LETTER, ADDRESS, null);
        OutboxMessage sms = failed(caseNumber, NotificationChannel.SMS, "13800138000", letter.id());
        OutboxMessage email = failed(caseNumber, NotificationChannel.EMAIL, "zhang@example.com", sms.id());

        assertThat(fallbacks.next(sms)).map(NoticeRoute::channel).contains(NotificationChannel.EMAIL);
        assertThat(fallbacks.next(email)).isEmpty();
    }

    @Test
    void staffAlertsHaveNoNextChannel() {
        String caseNumber = register("13800138000", "zhang@example.com", ADDRESS);

        assertThat(fallbacks.next(failed(caseNumber, NotificationChannel.INTERNAL, "complaint-supervisor", null))).isEmpty();
    }

    @Test
    void itOwnsComplaintNoticesOnly() {
        String caseNumber = register("13800138000", null, null);

        assertThat(fallbacks.owns(failed(caseNumber, NotificationChannel.SMS, "13800138000", null))).isTrue();
        // a whistleblowing report's number (JB…) and a number no case has
        assertThat(fallbacks.owns(failed("JB20261206000001", NotificationChannel.EMAIL, "r@example.com", null))).isFalse();
        assertThat(fallbacks.owns(failed("TS19990101999999", NotificationChannel.SMS, "13800138000", null))).isFalse();
        assertThat(fallbacks.next(failed("TS19990101999999", NotificationChannel.SMS, "13800138000", null))).isEmpty();
    }

    private String register(String phone, String email, String address) {
        ComplaintSubmission base = Complaints.ordinary();
        ComplaintSubmission s = new ComplaintSubmission(base.channel(),
                new ComplaintSubmission.Complainant("王五", Complaints.newIdNumber(), phone, email, address),
                base.respondent(), base.businessLine(), base.category(), base.request(), base.facts(),
                base.claimedAmount(), base.flags(), base.jointComplainants(), null, null, null,
                (PreferredChannel) null);
        return intake.register(s, null, "test", null).receipt().caseNumber();
    }

    /** A notice sent and reported failed, replacing {@code replacesId}, as the outbox holds it. */
    private OutboxMessage failed(String caseNumber, NotificationChannel channel, String recipient, Long replacesId) {
        Timestamp now = Timestamp.from(Instant.now());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into outbox_message (case_number, purpose, channel, recipient, content, created_at, sent_at,
                        delivery_reference, failed_at, failure_code, replaces_id)
                    values (?, 'DECISION', ?, ?, '处理结果', ?, ?, ?, ?, 'UNDELIV', ?)""", new String[] {"id"});
            insert.setString(1, caseNumber);
            insert.setString(2, channel.name());
            insert.setString(3, recipient);
            insert.setTimestamp(4, now);
            insert.setTimestamp(5, now);
            insert.setString(6, "ref-" + java.util.UUID.randomUUID());
            insert.setTimestamp(7, now);
            insert.setObject(8, replacesId);
            return insert;
        }, key);
        return outbox.findById(key.getKey().longValue()).orElseThrow();
    }

}
