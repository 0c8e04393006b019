package com.casedesk.complaint.handling;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.ComplaintProcess.Vars;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Handling ends on the day the withdrawal is received (Art. 15); the ledger records when and why. */
@ModelFacing
@Component("recordWithdrawalDelegate")
class RecordWithdrawalDelegate implements JavaDelegate {

    private final ComplaintRepository complaints;
    private final CaseEventLog events;

    RecordWithdrawalDelegate(ComplaintRepository complaints, CaseEventLog events) {
        this.complaints = complaints;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = complaints.getByCaseNumber(execution.getProcessBusinessKey());
        Date receivedAt = Vars.WITHDRAWAL_RECEIVED_AT.get(execution);
        String reason = Vars.WITHDRAWAL_REASON.get(execution);
        complaint.withdraw(receivedAt.toInstant(), reason);
        complaints.save(complaint);
        events.append(complaint.getCaseNumber(), CaseEventType.WITHDRAWN, "投诉人撤诉: " + reason);
    }
}
