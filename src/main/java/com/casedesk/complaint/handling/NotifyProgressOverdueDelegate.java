package com.casedesk.complaint.handling;

import com.casedesk.complaint.notice.ComplaintNoticeSender;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 通知领导小组汇报逾期: a Level 1 progress report is late. */
@ModelFacing
@Component("notifyProgressOverdueDelegate")
class NotifyProgressOverdueDelegate implements JavaDelegate {

    private final ComplaintNoticeSender sender;

    NotifyProgressOverdueDelegate(ComplaintNoticeSender sender) {
        this.sender = sender;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sender.progressOverdue(execution.getProcessBusinessKey());
    }
}
