package com.casedesk.complaint.handling;

import com.casedesk.complaint.notice.ComplaintNoticeSender;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 告知处理结果 Send decision notice. */
@ModelFacing
@Component("sendDecisionNoticeDelegate")
class SendDecisionNoticeDelegate implements JavaDelegate {

    private final ComplaintNoticeSender sender;

    SendDecisionNoticeDelegate(ComplaintNoticeSender sender) {
        this.sender = sender;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sender.sendDecision(execution.getProcessBusinessKey());
    }
}
