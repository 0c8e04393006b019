package com.casedesk.complaint.handling;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.ComplaintProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The complainant is not satisfied: handle again (重新处理，直至客户满意) and count the round. */
@ModelFacing
@Component("reopenHandlingDelegate")
class ReopenHandlingDelegate implements JavaDelegate {

    private final ComplaintRepository complaints;
    private final CaseEventLog events;

    ReopenHandlingDelegate(ComplaintRepository complaints, CaseEventLog events) {
        this.complaints = complaints;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = complaints.getByCaseNumber(execution.getProcessBusinessKey());
        complaint.reopen();
        complaint.assignTo(Vars.HANDLING_GROUP.get(execution));
        complaints.save(complaint);
        Vars.HANDLING_ROUND.set(execution, complaint.getHandlingRound());
        // a new round asks again whether the front line can resolve it on the spot
        Vars.RESOLVED_ON_SPOT.set(execution, false);
        Vars.SATISFIED_ON_SPOT.set(execution, false);
        events.append(complaint.getCaseNumber(), CaseEventType.REOPENED,
                "客户不满意，第" + complaint.getHandlingRound() + "轮处理 (round " + complaint.getHandlingRound() + ")");
    }
}
