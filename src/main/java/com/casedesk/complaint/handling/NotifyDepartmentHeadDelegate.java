package com.casedesk.complaint.handling;

import com.casedesk.complaint.notice.ComplaintNoticeSender;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 立即通知部门主管: a Level 1 case reaches the department head at once (002 §3). */
@ModelFacing
@Component("notifyDepartmentHeadDelegate")
class NotifyDepartmentHeadDelegate implements JavaDelegate {

    private final ComplaintNoticeSender sender;

    NotifyDepartmentHeadDelegate(ComplaintNoticeSender sender) {
        this.sender = sender;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sender.notifyDepartmentHead(execution.getProcessBusinessKey());
    }
}
