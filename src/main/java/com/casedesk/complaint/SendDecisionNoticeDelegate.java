package com.casedesk.complaint;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.Notifications;
import com.casedesk.notification.OutboxMessage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the complainant the decision (Art. 19, 21). Runs as a job after an async boundary. */
@Component("sendDecisionNoticeDelegate")
class SendDecisionNoticeDelegate implements JavaDelegate {

    private final ComplaintRepository complaints;
    private final ComplaintNotices notices;
    private final Notifications notifications;
    private final CaseEventLog events;

    SendDecisionNoticeDelegate(ComplaintRepository complaints, ComplaintNotices notices,
                               Notifications notifications, CaseEventLog events) {
        this.complaints = complaints;
        this.notices = notices;
        this.notifications = notifications;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = complaints.getByCaseNumber(execution.getProcessBusinessKey());
        OutboxMessage sent = ComplainantNotice.send(notifications, complaint, NoticePurpose.DECISION,
                notices.decision(complaint));
        complaint.recordFeedbackSent(sent.sentAt());
        complaints.save(complaint);
        events.append(complaint.getCaseNumber(), CaseEventLog.SYSTEM, CaseEventType.DECISION_NOTIFIED,
                "处理结果已告知 via " + sent.channel() + " (outbox " + sent.id() + ")");
    }
}
