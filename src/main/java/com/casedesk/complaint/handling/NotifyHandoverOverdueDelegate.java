package com.casedesk.complaint.handling;

import com.casedesk.complaint.notice.ComplaintNoticeSender;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 通知主管移交超时: a Level 2 case was not handed to the department head in time. */
@ModelFacing
@Component("notifyHandoverOverdueDelegate")
class NotifyHandoverOverdueDelegate implements JavaDelegate {

    private final ComplaintNoticeSender sender;

    NotifyHandoverOverdueDelegate(ComplaintNoticeSender sender) {
        this.sender = sender;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sender.handoverOverdue(execution.getProcessBusinessKey());
    }
}
