package com.casedesk.rectification;

import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.Notifications;
import com.casedesk.notification.OutboxMessage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 提醒整改责任人 Remind owner: an internal notice to the owner, or to the department when nobody was
 * named. Runs as an asynchronous job, so a messaging channel that is down is retried, then an incident.
 */
@ModelFacing
@Component("remindRectificationOwnerDelegate")
class RemindRectificationOwnerDelegate implements JavaDelegate {

    private final RectificationActionRepository actions;
    private final RectificationNotices notices;
    private final Notifications notifications;
    private final CaseEventLog events;

    RemindRectificationOwnerDelegate(RectificationActionRepository actions, RectificationNotices notices,
                                     Notifications notifications, CaseEventLog events) {
        this.actions = actions;
        this.notices = notices;
        this.notifications = notifications;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RectificationAction action = actions.getById(RectificationProcess.actionId(execution));
        OutboxMessage sent = notifications.send(action.getCaseNumber(), NoticePurpose.RECTIFICATION,
                NotificationChannel.INTERNAL, action.responsible(), notices.reminder(action));
        action.recordReminder();
        actions.save(action);
        events.append(action.getCaseNumber(), CaseEventLog.SYSTEM, CaseEventType.RECTIFICATION_REMINDER_SENT,
                "整改措施 #" + action.getId() + " 提醒 " + action.responsible() + " (outbox " + sent.id() + ")");
    }
}
