package com.casedesk.complaint.review;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.clock.ComplaintClock;
import com.casedesk.complaint.review.ReviewProcess.Vars;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.complaint.notice.NoticeChannels;
import com.casedesk.notification.NoticeText;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.Notifications;
import com.casedesk.notification.OutboxMessage;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Service;

/**
 * The conclusion of a 核查 review (Art. 20): who may reach it (never the original decider), recording
 * it in the review's ledger row, sending a set-aside case back to handling, and telling the complainant.
 */
@Service
public class ReviewDecisions {

    private final ComplaintReviewRepository reviews;
    private final ComplaintRepository complaints;
    private final ReviewNotices notices;
    private final Notifications notifications;
    private final RehandlingAfterReview rehandling;
    private final ComplaintClock clock;
    private final CaseEventLog events;

    ReviewDecisions(ComplaintReviewRepository reviews, ComplaintRepository complaints, ReviewNotices notices,
                    Notifications notifications, RehandlingAfterReview rehandling, ComplaintClock clock,
                    CaseEventLog events) {
        this.reviews = reviews;
        this.complaints = complaints;
        this.notices = notices;
        this.notifications = notifications;
        this.rehandling = rehandling;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Four eyes on a review: the person taking the review task (its assignee) or completing it (the
     * logged-in user) must not be whoever made the original decision.
     *
     * @param assignee the new assignee when the task is taken; ignored when it is being completed
     */
    void requireReviewerIsNotDecider(String taskName, String caseNumber, String assignee, boolean completing) {
        String person = completing ? events.currentActor() : assignee;
        requireNotDecider(taskName, caseNumber, person, completing,
                () -> complaints.getByCaseNumber(caseNumber).getDecidedBy());
    }

    /**
     * The rule itself. Nobody (null: the task went back to the group) is never refused; the system
     * completing the review is, since then nobody can tell that the four eyes were two people.
     */
    static void requireNotDecider(String taskName, String caseNumber, String person, boolean completing,
                                  Supplier<String> decidedBy) {
        if (person == null) {
            return;
        }
        if (completing && CaseEventLog.SYSTEM.equals(person)) {
            throw new BadUserRequestException("'" + taskName + "' must be completed by a logged-in reviewer");
        }
        if (person.equals(decidedBy.get())) {
            throw new BadUserRequestException(person + " made the decision on complaint " + caseNumber
                    + " and may not " + (completing ? "complete" : "take") + " its review (Art. 20: 核查 by someone"
                    + " other than the original handler)");
        }
    }

    /** Review concluded (核查结论) by the logged-in reviewer; a decision set aside is handled again. */
    void record(long reviewId, ReviewOutcome outcome, String opinion) {
        ComplaintReview review = reviews.getById(reviewId);
        review.decide(outcome, opinion, events.currentActor(), clock.now());
        // The notice is sent later by a job, by a channel chosen then; one that can never be stored would
        // only end as an incident, whichever channel it takes.
        Complaint complaint = complaints.getByCaseNumber(review.getCaseNumber());
        for (NotificationChannel channel : List.of(NotificationChannel.SMS, NotificationChannel.EMAIL,
                NotificationChannel.LETTER)) {
            requireNoticeFits(notices.decision(complaint, review, channel).body());
        }
        reviews.save(review);
        events.append(review.getCaseNumber(), CaseEventType.REVIEW_DECIDED, "核查 " + review.getId() + "："
                + outcome.label() + " (" + outcome + ")");
        if (outcome == ReviewOutcome.SET_ASIDE) {
            rehandling.start(review.getCaseNumber());
        }
    }

    /** The outbox keeps {@link ReviewNotices#MAX_LENGTH} characters of a notice; the opinion must leave room. */
    static void requireNoticeFits(String notice) {
        if (notice.length() > ReviewNotices.MAX_LENGTH) {
            throw new BadUserRequestException(Vars.OPINION + " is too long for the notice to the complainant: shorten it"
                    + " by " + (notice.length() - ReviewNotices.MAX_LENGTH) + " characters");
        }
    }

    /**
     * The 30-day review period passed without a conclusion: logged as an escalation to the groups now
     * asked to supervise. The complaint's escalation count is left alone; it counts breaches of the reply deadline.
     */
    void recordOverdue(String caseNumber, long reviewId, List<String> supervisingGroups) {
        events.append(caseNumber, CaseEventLog.SYSTEM, CaseEventType.ESCALATED, "核查期限届满未作出核查结论（核查 "
                + reviewId + "），升级至 " + String.join(",", supervisingGroups));
    }

    /** 告知核查结果: nothing is recorded as notified until the gateway took the notice. */
    void notifyComplainant(long reviewId) {
        ComplaintReview review = reviews.getById(reviewId);
        Complaint complaint = complaints.getByCaseNumber(review.getCaseNumber());
        // the same choice as every notice to a complainant
        NoticeChannels.Route route = NoticeChannels.forComplainant(complaint);
        NoticeText text = notices.decision(complaint, review, route.channel());
        OutboxMessage sent = notifications.send(complaint.getCaseNumber(), NoticePurpose.REVIEW_DECISION,
                route.channel(), route.recipient(), text, null);
        if (route.isFallback()) {
            events.append(complaint.getCaseNumber(), CaseEventLog.SYSTEM, CaseEventType.NOTICE_CHANNEL_FALLBACK,
                    route.fallbackDetail(NoticePurpose.REVIEW_DECISION, sent));
        }
        review.recordNotified(sent.sentAt());
        reviews.save(review);
        events.append(complaint.getCaseNumber(), CaseEventLog.SYSTEM, CaseEventType.REVIEW_NOTIFIED,
                "核查结果已告知 via " + sent.channel() + " (outbox " + sent.id() + ")");
    }
}
