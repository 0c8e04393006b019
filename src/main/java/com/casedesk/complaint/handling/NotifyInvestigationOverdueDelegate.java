package com.casedesk.complaint.handling;

import com.casedesk.complaint.notice.ComplaintNoticeSender;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 通知主管调查逾期: the investigation passed its deadline. */
@ModelFacing
@Component("notifyInvestigationOverdueDelegate")
class NotifyInvestigationOverdueDelegate implements JavaDelegate {

    private final ComplaintNoticeSender sender;

    NotifyInvestigationOverdueDelegate(ComplaintNoticeSender sender) {
        this.sender = sender;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sender.investigationOverdue(execution.getProcessBusinessKey());
    }
}
