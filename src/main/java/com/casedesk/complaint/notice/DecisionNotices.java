package com.casedesk.complaint.notice;

import com.casedesk.notification.NoticeFailed;
import com.casedesk.notification.NoticeProved;
import com.casedesk.notification.NoticePurpose;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The decision notice's proof of notice on the ledger ({@code complaint.decision_notice_proved_at}):
 * the delivery time where the channel reported delivery, else the channel's acceptance, for a notice
 * told in person the time staff recorded (Art. 21). On time is this timestamp by the statutory date
 * ({@link DecisionNoticeRule#onTime}); the 核查 window (Art. 20) runs from it. The latest decision
 * notice of the case counts: a new round's notice replaces the earlier round's proof.
 *
 * <p>Kept with plain SQL beside the {@code Complaint} aggregate, which does not map the column, so
 * saving the aggregate never overwrites a proof that arrived in between (a late delivery receipt).
 */
@Service
public class DecisionNotices {

    private final JdbcTemplate jdbc;

    DecisionNotices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** When the case's (latest) decision notice is proved to have reached the complainant, if it is. */
    public Optional<Instant> provedAt(String caseNumber) {
        return jdbc.query("select decision_notice_proved_at from complaint where case_number = ?",
                        (rs, i) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant), caseNumber)
                .stream().findFirst().flatMap(o -> o);
    }

    /** Whether the case's decision notice is proved by its statutory date (Art. 18, 21). */
    public boolean onTime(String caseNumber, Instant statutoryDueBy) {
        return DecisionNoticeRule.onTime(provedAt(caseNumber).orElse(null), statutoryDueBy);
    }

    @EventListener
    void proved(NoticeProved notice) {
        if (notice.purpose() != NoticePurpose.DECISION || notice.proofAt() == null) {
            return;
        }
        // a late delivery receipt of an earlier round's notice must not replace the latest notice's proof
        jdbc.update("""
                update complaint set decision_notice_proved_at = ?
                where case_number = ?
                  and not exists (select 1 from outbox_message o where o.case_number = ? and o.purpose = 'DECISION'
                                  and o.id > ?)
                """, Timestamp.from(notice.proofAt()), notice.caseNumber(), notice.caseNumber(), notice.outboxId());
    }

    /**
     * The channel reports that the latest decision notice did not arrive (an SMS receipt FAILED, a
     * letter returned): it proves nothing, so the case has no proof until the next channel's notice is
     * accepted, and on time is judged by that one.
     */
    @EventListener
    void failed(NoticeFailed notice) {
        if (notice.purpose() != NoticePurpose.DECISION) {
            return;
        }
        jdbc.update("""
                update complaint set decision_notice_proved_at = null
                where case_number = ?
                  and not exists (select 1 from outbox_message o where o.case_number = ? and o.purpose = 'DECISION'
                                  and o.id > ?)
                """, notice.caseNumber(), notice.caseNumber(), notice.outboxId());
    }
}
