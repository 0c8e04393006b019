package com.casedesk.complaint.notice;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NoticeText;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.Notifications;
import com.casedesk.notification.OutboxMessage;
import com.casedesk.security.StaffGroups;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Sends the complaint process's notices and records each in the case's event log. Called only from
 * asynchronous service tasks, so a channel that is down becomes a retried job, then an incident.
 */
@Service
public class ComplaintNoticeSender {

    private final ComplaintRepository complaints;
    private final ComplaintNotices notices;
    private final Notifications notifications;
    private final CaseEventLog events;

    ComplaintNoticeSender(ComplaintRepository complaints, ComplaintNotices notices, Notifications notifications,
                          CaseEventLog events) {
        this.complaints = complaints;
        this.notices = notices;
        this.notifications = notifications;
        this.events = events;
    }

    /** 受理告知: receipt confirmed with the expected handling time. */
    public void acknowledge(String caseNumber) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        OutboxMessage sent = toComplainant(complaint, NoticePurpose.ACKNOWLEDGEMENT,
                channel -> notices.acknowledgement(complaint, channel));
        events.append(caseNumber, CaseEventLog.SYSTEM, CaseEventType.ACKNOWLEDGED,
                "受理告知已发送 via " + sent.channel() + " (outbox " + sent.id() + ")");
    }

    /** 处理结果告知 (Art. 19, 21). */
    public void sendDecision(String caseNumber) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        OutboxMessage sent = toComplainant(complaint, NoticePurpose.DECISION,
                channel -> notices.decision(complaint, channel));
        complaint.recordFeedbackSent(sent.sentAt());
        complaints.save(complaint);
        events.append(caseNumber, CaseEventLog.SYSTEM, CaseEventType.DECISION_NOTIFIED,
                "处理结果已告知 via " + sent.channel() + " (outbox " + sent.id() + ")");
    }

    /** Reminds whoever holds the case (the assignee, else the handling group) that the deadline is near. */
    public void remindHandler(String caseNumber, String handlingGroup) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        String recipient = complaint.getCurrentOwner() != null ? complaint.getCurrentOwner() : handlingGroup;
        notifications.send(caseNumber, NoticePurpose.REMINDER, NotificationChannel.INTERNAL, recipient,
                notices.reminder(complaint), null);
        events.append(caseNumber, CaseEventLog.SYSTEM, CaseEventType.REMINDER_SENT, "提醒 " + recipient);
    }

    /** 重大投诉 at intake (Art. 29): to senior management. */
    public void reportMajorComplaint(String caseNumber) {
        Complaint c = complaints.getByCaseNumber(caseNumber);
        alert(c, NoticePurpose.MANAGEMENT_REPORT, StaffGroups.SENIOR_MANAGEMENT, notices.majorComplaintReport(c),
                CaseEventType.MAJOR_COMPLAINT_REPORTED, "重大投诉已报告");
    }

    /** Level 1 outcome at close: to senior management. */
    public void reportOutcome(String caseNumber) {
        Complaint c = complaints.getByCaseNumber(caseNumber);
        alert(c, NoticePurpose.MANAGEMENT_REPORT, StaffGroups.SENIOR_MANAGEMENT, notices.outcomeReport(c),
                CaseEventType.OUTCOME_REPORTED, "处理结果已报告");
    }

    /** Level 1 (002 §3): the department head is told at once, before the case goes to the leadership group. */
    public void notifyDepartmentHead(String caseNumber) {
        Complaint c = complaints.getByCaseNumber(caseNumber);
        alert(c, NoticePurpose.LEVEL_ALERT, StaffGroups.SUPERVISOR, notices.departmentHeadAlert(c),
                CaseEventType.DEPARTMENT_HEAD_NOTIFIED, "一级投诉已通知");
    }

    /** Level 2: the front line has not handed the case over in time; the supervisors are told. */
    public void handoverOverdue(String caseNumber) {
        Complaint c = complaints.getByCaseNumber(caseNumber);
        alert(c, NoticePurpose.LEVEL_ALERT, StaffGroups.SUPERVISOR, notices.handoverOverdue(c),
                CaseEventType.EXCEPTION_RAISED, "移交超时，已通知");
    }

    /** 002 §4.1: the investigation is past its deadline; the department heads are told, the investigation goes on. */
    public void investigationOverdue(String caseNumber) {
        Complaint c = complaints.getByCaseNumber(caseNumber);
        alert(c, NoticePurpose.LEVEL_ALERT, StaffGroups.SUPERVISOR, notices.investigationOverdue(c),
                CaseEventType.EXCEPTION_RAISED, "调查逾期，已通知");
    }

    /** Level 1: a responsible department has not reported progress in time; the leadership group is told. */
    public void progressOverdue(String caseNumber) {
        Complaint c = complaints.getByCaseNumber(caseNumber);
        alert(c, NoticePurpose.LEVEL_ALERT, StaffGroups.LEADERSHIP, notices.progressOverdue(c),
                CaseEventType.EXCEPTION_RAISED, "进度汇报逾期，已通知");
    }

    /** Level 1: the leadership group has not met in time; senior management is told. */
    public void meetingOverdue(String caseNumber) {
        Complaint c = complaints.getByCaseNumber(caseNumber);
        alert(c, NoticePurpose.LEVEL_ALERT, StaffGroups.SENIOR_MANAGEMENT, notices.meetingOverdue(c),
                CaseEventType.EXCEPTION_RAISED, "应急会议超时，已通知");
    }

    /** A notice to staff, and the event that records who was told. */
    private void alert(Complaint c, NoticePurpose purpose, String group, NoticeText text, CaseEventType event,
                       String what) {
        notifications.send(c.getCaseNumber(), purpose, NotificationChannel.INTERNAL, group, text, null);
        events.append(c.getCaseNumber(), CaseEventLog.SYSTEM, event, what + " " + group);
    }

    /**
     * Extension (Art. 18) or pause (Art. 18 ¶2, 23): the complainant must be told. {@code render}: the
     * notice for the channel it goes by.
     */
    public void tellComplainant(Complaint complaint, NoticePurpose purpose,
                                Function<NotificationChannel, NoticeText> render) {
        OutboxMessage sent = toComplainant(complaint, purpose, render);
        events.append(complaint.getCaseNumber(), CaseEventLog.SYSTEM, CaseEventType.COMPLAINANT_TOLD,
                purpose + " 已告知投诉人 via " + sent.channel() + " (outbox " + sent.id() + ")");
    }

    /**
     * By the channel {@link NoticeChannels} chooses, the words rendered for that channel; when it is not the
     * one the complainant asked for or the intake channel suggests, the event log says why.
     */
    private OutboxMessage toComplainant(Complaint complaint, NoticePurpose purpose,
                                        Function<NotificationChannel, NoticeText> render) {
        NoticeChannels.Route route = NoticeChannels.forComplainant(complaint);
        NoticeText text = render.apply(route.channel());
        OutboxMessage sent = notifications.send(complaint.getCaseNumber(), purpose, route.channel(), route.recipient(),
                text, null);
        if (route.isFallback()) {
            events.append(complaint.getCaseNumber(), CaseEventLog.SYSTEM, CaseEventType.NOTICE_CHANNEL_FALLBACK,
                    route.fallbackDetail(purpose, sent));
        }
        return sent;
    }
}
