package com.casedesk.notification.letter;

import com.casedesk.deadline.ServiceZone;
import com.casedesk.notification.NoticeReceipt;
import com.casedesk.notification.OutboxMessage;
import com.casedesk.notification.letter.NoticeLetterProcess.Vars;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Queues a letter: renders its PDF, keeps it in {@code notice_letter} and opens the 寄送书面告知 task
 * ({@code notice-letter}, business key = case number), all in the sending transaction, so a failed
 * render leaves neither a letter nor a task and the sending job is retried.
 */
@Service
public class LetterQueue {

    private static final Logger LOG = LoggerFactory.getLogger(LetterQueue.class);
    static final String REFERENCE_PREFIX = "letter-";
    private static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final LetterProperties properties;
    private final ServiceZone zone;
    private final Clock clock;

    LetterQueue(JdbcTemplate jdbc, RuntimeService runtime, LetterProperties properties, ServiceZone zone, Clock clock) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.properties = properties;
        this.zone = zone;
        this.clock = clock;
    }

    /** The channel's reference of a letter: what staff and the proof name it by. */
    public static String reference(long outboxId) {
        return REFERENCE_PREFIX + outboxId;
    }

    NoticeReceipt queue(OutboxMessage message) {
        LocalDate writtenOn = LocalDate.ofInstant(message.createdAt(), zone.zone());
        LetterPdf.Rendered letter = LetterPdf.render(page(message, writtenOn));
        jdbc.update("insert into notice_letter (outbox_id, pdf, pages, created_at) values (?, ?, ?, ?)",
                message.id(), letter.pdf(), letter.pages(), Timestamp.from(Instant.now(clock)));
        VariableMap variables = Variables.createVariables();
        Vars.CASE_NUMBER.put(variables, message.caseNumber());
        Vars.OUTBOX_ID.put(variables, message.id());
        Vars.PURPOSE.put(variables, LetterPosting.purposeLabel(message.purpose()));
        Vars.RECIPIENT.put(variables, masked(message.recipient()));
        Vars.PDF_LINK.put(variables, "/api/notices/letters/" + message.id() + "/pdf");
        Vars.WRITTEN_ON.put(variables, writtenOn.toString());
        Vars.TRACKING_REQUIRED.put(variables, LetterPosting.trackingRequired(message.purpose()));
        runtime.createProcessInstanceByKey(NoticeLetterProcess.KEY).businessKey(message.caseNumber())
                .setVariables(variables).execute();
        // no recipient in the log: a postal address is personal data
        LOG.info("letter {} ({}) for case {} queued for posting: {} page(s), {} bytes", message.id(),
                message.purpose(), message.caseNumber(), letter.pages(), letter.pdf().length);
        return NoticeReceipt.queued(reference(message.id()));
    }

    LetterPage page(OutboxMessage message, LocalDate writtenOn) {
        String heading = message.subject() == null || message.subject().isBlank()
                ? LetterPosting.heading(message.purpose()) : message.subject();
        List<String> paragraphs = Arrays.stream(message.content().split("\\R")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
        return new LetterPage(properties.companyName(), properties.companyAddress(), properties.contactPhone(),
                message.recipient(), LETTER_DATE.format(writtenOn), message.caseNumber(), heading, paragraphs);
    }

    /**
     * A postal address masked for lists and the task: the first six characters (province, city,
     * district) stay, enough to match a printed envelope to its row, not enough to find the person.
     */
    static String masked(String address) {
        if (address == null) {
            return null;
        }
        String plain = address.strip();
        return plain.length() <= 8 ? "****" : plain.substring(0, 6) + "****";
    }
}
