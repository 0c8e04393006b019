package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.Notifications;
import com.casedesk.notification.template.NoticeTemplate;
import com.casedesk.notification.template.NoticeTemplates;
import com.casedesk.security.StaffGroups;
import com.casedesk.whistleblowing.WbProcess.Vars;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 提醒调查人员 Remind the investigators that the written opinion falls due soon (internal notice). */
@ModelFacing
@Component("wbInvestigationReminderDelegate")
class InvestigationReminderDelegate implements JavaDelegate {

    private final Notifications notifications;
    private final NoticeTemplates templates;
    private final WbClock clock;
    private final CaseEventLog events;

    InvestigationReminderDelegate(Notifications notifications, NoticeTemplates templates, WbClock clock,
                                  CaseEventLog events) {
        this.notifications = notifications;
        this.templates = templates;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reportNumber = execution.getProcessBusinessKey();
        String due = clock.day(Vars.OPINION_DUE_BY.require(execution));
        // says only that a task waits: nothing of the report leaves the whistleblowing groups' task list
        notifications.send(reportNumber, NoticePurpose.REMINDER, NotificationChannel.INTERNAL, StaffGroups.WB_INVESTIGATOR,
                templates.render(NoticeTemplate.WB_INVESTIGATION_REMINDER, NotificationChannel.INTERNAL, Map.of()), null);
        events.append(reportNumber, CaseEventLog.SYSTEM, CaseEventType.REMINDER_SENT, "调查意见期限 " + due);
    }
}
