package com.casedesk.complaint.handling;

import com.casedesk.complaint.notice.ComplaintNoticeSender;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The outcome of a Level 1 complaint is reported to senior management (公司高层) at close. */
@ModelFacing
@Component("reportOutcomeDelegate")
class ReportOutcomeDelegate implements JavaDelegate {

    private final ComplaintNoticeSender sender;

    ReportOutcomeDelegate(ComplaintNoticeSender sender) {
        this.sender = sender;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sender.reportOutcome(execution.getProcessBusinessKey());
    }
}
