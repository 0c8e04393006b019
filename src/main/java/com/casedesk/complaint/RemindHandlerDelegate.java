package com.casedesk.complaint;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.Notifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the handling group that the reply deadline is near. */
@Component("remindHandlerDelegate")
class RemindHandlerDelegate implements JavaDelegate {

    private final ComplaintRepository complaints;
    private final ComplaintNotices notices;
    private final Notifications notifications;
    private final CaseEventLog events;

    RemindHandlerDelegate(ComplaintRepository complaints, ComplaintNotices notices, Notifications notifications,
                          CaseEventLog events) {
        this.complaints = complaints;
        this.notices = notices;
        this.notifications = notifications;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = complaints.getByCaseNumber(execution.getProcessBusinessKey());
        String group = (String) execution.getVariable(Vars.HANDLING_GROUP);
        String recipient = complaint.getCurrentOwner() != null ? complaint.getCurrentOwner() : group;
        notifications.send(complaint.getCaseNumber(), NoticePurpose.REMINDER, NotificationChannel.INTERNAL, recipient,
                notices.reminder(complaint));
        events.append(complaint.getCaseNumber(), CaseEventLog.SYSTEM, CaseEventType.REMINDER_SENT, "提醒 " + recipient);
    }
}
