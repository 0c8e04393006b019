package com.casedesk.notification.letter;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The letters as staff read them: the list to post, a letter's PDF. */
@Service
class LetterReads {

    private final JdbcTemplate jdbc;

    LetterReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A letter in the list: the recipient masked (the full address is on the PDF). */
    record LetterRow(long outboxId, String caseNumber, String purpose, Instant createdAt, String recipient, int pages,
                     LocalDate postedOn, String trackingNumber, String failureCode) {
    }

    record LetterPdfFile(String caseNumber, byte[] pdf) {
    }

    /** Posted (true) or waiting to be posted (false: neither posted nor reported undeliverable), oldest first. */
    List<LetterRow> list(boolean posted) {
        return jdbc.query("""
                select l.outbox_id, o.case_number, o.purpose, l.created_at, o.recipient, l.pages, l.posted_on,
                       l.tracking_number, o.failure_code
                from notice_letter l join outbox_message o on o.id = l.outbox_id
                where %s order by l.created_at, l.outbox_id limit 500
                """.formatted(posted ? "l.posted_on is not null" : "l.posted_on is null and o.failed_at is null"),
                (rs, i) -> {
                    Date postedOn = rs.getDate(7);
                    return new LetterRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), LetterQueue.masked(rs.getString(5)), rs.getInt(6),
                            postedOn == null ? null : postedOn.toLocalDate(), rs.getString(8), rs.getString(9));
                });
    }

    /** The case the letter belongs to, whether or not its PDF is still kept. */
    Optional<String> caseOf(long outboxId) {
        return jdbc.query("select o.case_number from notice_letter l join outbox_message o on o.id = l.outbox_id"
                + " where l.outbox_id = ?", (rs, i) -> rs.getString(1), outboxId).stream().findFirst();
    }

    /** The PDF, unless erased with the case's personal data. */
    Optional<LetterPdfFile> pdf(long outboxId) {
        return jdbc.query("select o.case_number, l.pdf from notice_letter l join outbox_message o on o.id = l.outbox_id"
                        + " where l.outbox_id = ? and l.pdf is not null",
                (rs, i) -> new LetterPdfFile(rs.getString(1), rs.getBytes(2)), outboxId).stream().findFirst();
    }
}
