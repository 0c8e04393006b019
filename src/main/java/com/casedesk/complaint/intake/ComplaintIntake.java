package com.casedesk.complaint.intake;

import com.casedesk.complaint.ComplaintSubmission;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.access.Recusal;
import com.casedesk.complaint.clock.ComplaintClock;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.casefile.CaseNumbers;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.regime.RegimePin;
import com.casedesk.deadline.ServiceZone;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a complaint: ledger row, "received" event and the started process, in one transaction.
 * The process grades the case before its first wait state, so the receipt carries the level.
 */
@Service
public class ComplaintIntake {

    /** Actor recorded for a complainant's own self-service submission. */
    static final String COMPLAINANT = "complainant";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ComplaintRepository complaints;
    private final IntakeRequestRepository intakeRequests;
    private final JdbcAggregateTemplate aggregates;
    private final CaseNumbers caseNumbers;
    private final ComplaintClock clock;
    private final CaseEventLog events;
    private final RuntimeService runtimeService;
    private final RepeatComplaints repeats;
    private final Recusal recusal;
    private final RegimePin regimes;
    private final ServiceZone zone;

    ComplaintIntake(ComplaintRepository complaints, IntakeRequestRepository intakeRequests,
                    JdbcAggregateTemplate aggregates, @Qualifier(CaseNumbers.COMPLAINTS) CaseNumbers caseNumbers, ComplaintClock clock,
                    CaseEventLog events, RuntimeService runtimeService, RepeatComplaints repeats, Recusal recusal,
                    RegimePin regimes, ServiceZone zone) {
        this.regimes = regimes;
        this.zone = zone;
        this.repeats = repeats;
        this.recusal = recusal;
        this.complaints = complaints;
        this.intakeRequests = intakeRequests;
        this.aggregates = aggregates;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
        this.events = events;
        this.runtimeService = runtimeService;
    }

    /**
     * A registered complaint; whether it was registered by an earlier request with the same key; and the
     * open complaint of the same complainant on the same matter it was merged into, or null. Only staff
     * are told the last (issue 13 §5).
     */
    public record Registration(IntakeReceipt receipt, boolean replayed, String mergedInto) {

        public boolean merged() {
            return mergedInto != null;
        }
    }

    /**
     * @param idempotencyKey  the client's key, or null
     * @param requestHash     fingerprint of the request, compared when the key is seen again
     * @param registeredBy    the staff member registering, or null for a complainant's own submission
     */
    @Transactional
    public Registration register(ComplaintSubmission submission, String idempotencyKey, String requestHash,
                                 String registeredBy) {
        if (idempotencyKey != null) {
            Optional<Registration> earlier = replay(idempotencyKey, requestHash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        var registeredAt = clock.now();
        // a letter or a transfer keyed in later counts from its real receipt (Art. 18); the number from today
        var receivedAt = ReceiptDate.of(submission.channel(), submission.receivedAt(), registeredAt);
        // every submission has a number of its own, a repeat too: the number says nothing about a merge
        String caseNumber = caseNumbers.next(registeredAt);
        if (idempotencyKey != null) {
            // Inserted first: a concurrent retry with the same key waits on this row and then fails
            // on the primary key, instead of starting a second case.
            aggregates.insert(new IntakeRequest(idempotencyKey, requestHash, caseNumber, registeredAt));
        }
        Optional<Complaint> repeatOf = repeats.openRepeatOf(submission);
        if (repeatOf.isPresent()) {
            Complaint receipt = repeats.mergeAtIntake(repeatOf.get(), submission, caseNumber, receivedAt, registeredBy);
            return new Registration(IntakeReceipt.of(receipt), false, receipt.getMergedInto());
        }
        Complaint complaint = complaints.save(Complaint.register(caseNumber, submission, receivedAt,
                clock.replyDueBy(receivedAt), registeredBy));
        recusal.barRespondent(complaint);
        regimes.pinComplaint(caseNumber);
        events.append(caseNumber, registeredBy == null ? COMPLAINANT : registeredBy, CaseEventType.RECEIVED,
                receivedDetail(complaint, zone.zone()));
        runtimeService.createProcessInstanceByKey(ComplaintProcess.KEY)
                .businessKey(caseNumber)
                .setVariables(ComplaintProcess.startVariables(complaint))
                .execute();
        return new Registration(IntakeReceipt.of(complaints.getByCaseNumber(caseNumber)), false, null);
    }

    @Transactional(readOnly = true)
    public Optional<Registration> replay(String idempotencyKey, String requestHash) {
        return intakeRequests.findById(idempotencyKey).map(earlier -> {
            if (!earlier.requestHash().equals(requestHash)) {
                throw new IdempotencyConflictException(idempotencyKey);
            }
            Complaint registered = complaints.getByCaseNumber(earlier.caseNumber());
            return new Registration(IntakeReceipt.of(registered), true, registered.getMergedInto());
        });
    }

    /** The channel, and for a receipt keyed in later its real date and what shows it (Art. 18). */
    static String receivedDetail(Complaint c, ZoneId zone) {
        String detail = "渠道 " + c.getChannel().label() + " (" + c.getChannel() + ")";
        if (c.getReceipt() == null) {
            return detail;
        }
        return detail + "，收到日期 " + SHOWN.format(c.getReceivedAt().atZone(zone)) + "，依据: " + c.getReceipt().receivedAtEvidence()
                + (c.getReceipt().receivedAtReason() == null ? "" : "，迟延登记原因: " + c.getReceipt().receivedAtReason());
    }
}
