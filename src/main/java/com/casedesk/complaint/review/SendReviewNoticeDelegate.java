package com.casedesk.complaint.review;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.review.ReviewProcess.Vars;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.Notifications;
import com.casedesk.notification.OutboxMessage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 告知核查结果 Send review notice. Runs as an asynchronous job, so a channel that is down becomes a
 * retried job, then an incident; nothing is recorded as notified until the gateway took it.
 */
@ModelFacing
@Component("sendReviewNoticeDelegate")
class SendReviewNoticeDelegate implements JavaDelegate {

    private final ComplaintReviewRepository reviews;
    private final ComplaintRepository complaints;
    private final ReviewNotices notices;
    private final Notifications notifications;
    private final CaseEventLog events;

    SendReviewNoticeDelegate(ComplaintReviewRepository reviews, ComplaintRepository complaints, ReviewNotices notices,
                             Notifications notifications, CaseEventLog events) {
        this.reviews = reviews;
        this.complaints = complaints;
        this.notices = notices;
        this.notifications = notifications;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ComplaintReview review = reviews.getById(Vars.REVIEW_ID.get(execution));
        Complaint complaint = complaints.getByCaseNumber(review.getCaseNumber());
        // the same choice as every notice to a complainant: SMS when a phone number is known, else e-mail
        NotificationChannel channel = complaint.prefersSms() ? NotificationChannel.SMS : NotificationChannel.EMAIL;
        OutboxMessage sent = notifications.send(complaint.getCaseNumber(), NoticePurpose.REVIEW_DECISION, channel,
                complaint.preferredContact(), notices.decision(complaint, review));
        review.recordNotified(sent.sentAt());
        reviews.save(review);
        events.append(complaint.getCaseNumber(), CaseEventLog.SYSTEM, CaseEventType.REVIEW_NOTIFIED,
                "核查结果已告知 via " + sent.channel() + " (outbox " + sent.id() + ")");
    }
}
