package com.casedesk.complaint.intake;

import com.casedesk.complaint.notice.ComplaintNoticeSender;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 告知受理 Acknowledge receipt. */
@ModelFacing
@Component("acknowledgeComplainantDelegate")
class AcknowledgeComplainantDelegate implements JavaDelegate {

    private final ComplaintNoticeSender sender;

    AcknowledgeComplainantDelegate(ComplaintNoticeSender sender) {
        this.sender = sender;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sender.acknowledge(execution.getProcessBusinessKey());
    }
}
