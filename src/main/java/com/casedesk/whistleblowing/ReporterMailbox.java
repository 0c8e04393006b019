package com.casedesk.whistleblowing;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reporter's two-way mailbox (issue 4), opened with the receipt code only. The reporter sees the
 * status and the messages, nothing else; investigators appear as {@value #INVESTIGATORS}, the
 * reporter as the pseudonym. Events record that a message was written, never what it says.
 */
@Component
public class ReporterMailbox implements ReporterChannel {

    /** How investigators sign every message the reporter reads. */
    public static final String INVESTIGATORS = "调查人员";
    static final int MAX_BODY = 4000;

    /** The report a receipt code opened. */
    record Opened(String reportNumber, String pseudonym, String status) {
    }

    public record Message(String direction, String author, Instant createdAt, String body) {
    }

    public record View(String status, List<Message> messages) {
    }

    private final JdbcTemplate jdbc;
    private final ReceiptCodes receipts;
    private final MailboxThrottle throttle;
    private final CaseEventLog events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final org.camunda.bpm.engine.RuntimeService runtimeService;

    ReporterMailbox(JdbcTemplate jdbc, ReceiptCodes receipts, MailboxThrottle throttle, CaseEventLog events,
                    Clock clock, TransactionTemplate transactions, org.camunda.bpm.engine.RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
        this.jdbc = jdbc;
        this.receipts = receipts;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * Finds the report of a presented code or throws the one 401 for every failure. The rate limits
     * come first (429 without checking anything when a limit is reached); then every attempt does the
     * same work: one HMAC, one indexed query and one BCrypt check (against a dummy verifier when
     * nothing matched), whether the code was malformed, unknown or wrong.
     *
     * @param clientAddress the caller's address, used only to key the in-memory rate limit
     */
    Opened open(String presentedCode, String clientAddress) {
        MailboxThrottle.Attempt attempt = throttle.admit(clientAddress);
        String code = ReceiptCodes.normalized(presentedCode);
        record Row(String reportNumber, String pseudonym, String status, String verifier) {
        }
        Optional<Row> row = jdbc.query("""
                        select report_number, pseudonym, status, receipt_verifier from wb_report
                        where receipt_lookup = ?""",
                (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                receipts.lookup(code)).stream().findFirst();
        boolean verified = receipts.matches(code, row.map(Row::verifier).orElse(null));
        if (!verified || !ReceiptCodes.wellFormed(code)) {
            throw new ReceiptNotRecognisedException();
        }
        attempt.succeeded();
        return new Opened(row.get().reportNumber(), row.get().pseudonym(), row.get().status());
    }

    /** The same view for investigators; who may ask is decided by {@link ReportAccess} before this. */
    View forStaff(String reportNumber) {
        String status = jdbc.queryForList("select status from wb_report where report_number = ?", String.class,
                reportNumber).stream().findFirst().orElseThrow(ReportNotFoundException::new);
        return read(new Opened(reportNumber, null, status));
    }

    View read(Opened report) {
        return new View(report.status(), jdbc.query("""
                        select direction, author, created_at, body from wb_message
                        where report_number = ? order by id""",
                (rs, i) -> new Message(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4)),
                report.reportNumber()));
    }

    /**
     * A case waiting for the supplement it asked for goes on when the reporter writes: the assessment
     * resumes and reads the message in the mailbox. Other messages just wait to be read.
     */
    private void deliverAwaitedSupplement(String reportNumber) {
        boolean awaiting = runtimeService.createExecutionQuery().processInstanceBusinessKey(reportNumber)
                .messageEventSubscriptionName(WbProcess.SUPPLEMENT_RECEIVED).count() > 0;
        if (awaiting) {
            runtimeService.createMessageCorrelation(WbProcess.SUPPLEMENT_RECEIVED)
                    .processInstanceBusinessKey(reportNumber).correlate();
        }
    }

    /** A message from the reporter, signed with the pseudonym. */
    Message postFromReporter(Opened report, String body) {
        return transactions.execute(tx -> {
            Message message = insert(report.reportNumber(), "IN", report.pseudonym(), body);
            events.append(report.reportNumber(), ReportIntake.REPORTER, CaseEventType.REPORTER_MESSAGE,
                    "举报人留言 message from " + report.pseudonym());
            deliverAwaitedSupplement(report.reportNumber());
            return message;
        });
    }

    /**
     * Posts an investigators' message; joins the caller's transaction (a delegate's, for instance).
     * The event names the staff member acting, the reporter sees only {@value #INVESTIGATORS}.
     */
    @Override
    @Transactional
    public void tellReporter(String reportNumber, String text) {
        if (text == null || text.isBlank() || text.length() > MAX_BODY) {
            throw new IllegalArgumentException("a message to the reporter needs 1 to " + MAX_BODY + " characters");
        }
        Integer reports = jdbc.queryForObject("select count(*) from wb_report where report_number = ?",
                Integer.class, reportNumber);
        if (reports == null || reports == 0) {
            throw new IllegalArgumentException("no report " + reportNumber);
        }
        insert(reportNumber, "OUT", INVESTIGATORS, text);
        events.append(reportNumber, CaseEventType.INVESTIGATOR_MESSAGE, "调查人员留言 message to the reporter");
    }

    private Message insert(String reportNumber, String direction, String author, String body) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        jdbc.update("insert into wb_message (report_number, direction, author, body, created_at) values (?, ?, ?, ?, ?)",
                reportNumber, direction, author, body, Timestamp.from(now));
        return new Message(direction, author, now, body);
    }
}
