package com.casedesk.complaint;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.notification.OutboxRepository;
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

    ComplaintLedger(ComplaintRepository complaints, CaseEventLog events, OutboxRepository outbox,
                    ClockPauseRepository pauses, ComplaintExtensionRepository extensions, ComplaintDeadlines deadlines) {
        this.complaints = complaints;
        this.events = events;
        this.outbox = outbox;
        this.pauses = pauses;
        this.extensions = extensions;
        this.deadlines = deadlines;
    }

    @Transactional(readOnly = true)
    public ComplaintView view(String caseNumber) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        return ComplaintView.of(complaint, deadlines.statutoryDays(complaint), events.history(caseNumber),
                outbox.findByCaseNumberOrderById(caseNumber), pauses.findByCaseNumberOrderById(caseNumber),
                extensions.findByCaseNumberOrderById(caseNumber));
    }
}
