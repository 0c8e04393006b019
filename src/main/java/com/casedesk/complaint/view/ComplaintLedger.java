package com.casedesk.complaint.view;

import com.casedesk.complaint.clock.ClockHistory;
import com.casedesk.complaint.notice.DecisionNotices;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.ComplaintExtensionRepository;
import com.casedesk.complaint.ComplaintDeadlines;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ClockPauseRepository;
import com.casedesk.complaint.review.ReviewRequests;
import com.casedesk.rectification.Rectifications;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.notification.OutboxRepository;
import com.casedesk.audit.AuditAction;
import com.casedesk.complaint.access.ContactDisclosure;
import com.casedesk.security.StaffGroups;
import java.util.Collection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the complaint ledger for staff. */
@Service
public class ComplaintLedger {

    private final ComplaintRepository complaints;
    private final CaseEventLog events;
    private final OutboxRepository outbox;
    private final ClockPauseRepository pauses;
    private final ComplaintExtensionRepository extensions;
    private final ComplaintDeadlines deadlines;
    private final Rectifications rectifications;
    private final ReviewRequests reviews;
    private final com.casedesk.casefile.CaseDocuments documents;
    private final ClockHistory clockHistory;
    private final DecisionNotices decisionNotices;

    ComplaintLedger(ComplaintRepository complaints, CaseEventLog events, OutboxRepository outbox,
                    ClockPauseRepository pauses, ComplaintExtensionRepository extensions, ComplaintDeadlines deadlines,
                    Rectifications rectifications, ReviewRequests reviews,
                    com.casedesk.casefile.CaseDocuments documents, ClockHistory clockHistory,
                    DecisionNotices decisionNotices) {
        this.clockHistory = clockHistory;
        this.decisionNotices = decisionNotices;
        this.rectifications = rectifications;
        this.reviews = reviews;
        this.documents = documents;
        this.complaints = complaints;
        this.events = events;
        this.outbox = outbox;
        this.pauses = pauses;
        this.extensions = extensions;
        this.deadlines = deadlines;
    }

    /** The record as a member of {@code groups} may read it, and the audit action that read is recorded under. */
    public record Shown(ComplaintView view, AuditAction action) {
    }

    /**
     * The record as {@code GET /api/complaints/{caseNumber}} and the Tasklist case-file tab show it to a member of
     * {@code groups}: the complainant's contact data in full to the handlers who call back, masked to everyone
     * else; the notices' recipients in full to compliance only. The caller records the read before answering.
     */
    public Shown readAs(String caseNumber, Collection<String> groups) {
        ComplaintView view = view(caseNumber);
        boolean inFull = ContactDisclosure.inFull(groups);
        ComplaintView shown = inFull ? view : view.withMaskedContact();
        return new Shown(groups.contains(StaffGroups.COMPLIANCE) ? shown : shown.withMaskedNoticeRecipients(),
                inFull ? AuditAction.COMPLAINT_READ_FULL : AuditAction.COMPLAINT_READ_MASKED);
    }

    @Transactional(readOnly = true)
    public ComplaintView view(String caseNumber) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        return ComplaintView.of(complaint, deadlines.statutoryDays(complaint), events.history(caseNumber),
                outbox.findByCaseNumberOrderById(caseNumber), pauses.findByCaseNumberOrderById(caseNumber),
                extensions.findByCaseNumberOrderById(caseNumber), rectifications.list(caseNumber),
                reviews.ofCase(caseNumber), documents.of(caseNumber), clockHistory.of(caseNumber),
                decisionNotices.provedAt(caseNumber).orElse(null));
    }
}
