package com.casedesk.complaint.handling;

import com.casedesk.complaint.notice.ComplaintNoticeSender;
import com.casedesk.process.ModelFacing;
import com.casedesk.complaint.ComplaintProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 提醒处理人 Remind handler. */
@ModelFacing
@Component("remindHandlerDelegate")
class RemindHandlerDelegate implements JavaDelegate {

    private final ComplaintNoticeSender sender;

    RemindHandlerDelegate(ComplaintNoticeSender sender) {
        this.sender = sender;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sender.remindHandler(execution.getProcessBusinessKey(), Vars.HANDLING_GROUP.get(execution));
    }
}
