package com.casedesk.complaint.handling;

import com.casedesk.complaint.notice.ComplaintNoticeSender;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 应急会议超时: the leadership group has not set a handling plan in time; senior management is told. */
@ModelFacing
@Component("notifyMeetingOverdueDelegate")
class NotifyMeetingOverdueDelegate implements JavaDelegate {

    private final ComplaintNoticeSender sender;

    NotifyMeetingOverdueDelegate(ComplaintNoticeSender sender) {
        this.sender = sender;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sender.meetingOverdue(execution.getProcessBusinessKey());
    }
}
