package com.casedesk.complaint.handling;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.clock.ComplaintClock;
import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the case in the ledger (结案). */
@ModelFacing
@Component("closeCaseDelegate")
class CloseCaseDelegate implements JavaDelegate {

    private final ComplaintRepository complaints;
    private final ComplaintClock clock;
    private final CaseEventLog events;

    CloseCaseDelegate(ComplaintRepository complaints, ComplaintClock clock, CaseEventLog events) {
        this.complaints = complaints;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = complaints.getByCaseNumber(execution.getProcessBusinessKey());
        complaint.close(clock.now());
        complaints.save(complaint);
        events.append(complaint.getCaseNumber(), CaseEventType.CLOSED,
                "结案，回访结果 " + complaint.getCallbackOutcome());
    }
}
