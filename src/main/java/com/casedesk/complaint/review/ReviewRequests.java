package com.casedesk.complaint.review;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintNotFoundException;
import com.casedesk.complaint.ComplaintProperties;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.clock.ComplaintClock;
import com.casedesk.complaint.notice.DecisionNotices;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.review.ReviewProcess.Vars;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a complainant's written application for a 核查 review (Art. 20) and reads a case's
 * reviews. The ledger row, the event and the started review process commit together.
 */
@Service
public class ReviewRequests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ComplaintReviewRepository reviews;
    private final ComplaintRepository complaints;
    private final ReviewDeadlines deadlines;
    private final ReviewEligibility eligibility;
    private final ComplaintClock clock;
    private final ComplaintProperties properties;
    private final CaseEventLog events;
    private final RuntimeService runtimeService;
    private final DecisionNotices decisionNotices;

    ReviewRequests(ComplaintReviewRepository reviews, ComplaintRepository complaints, ReviewDeadlines deadlines,
                   ComplaintClock clock, ComplaintProperties properties, CaseEventLog events,
                   RuntimeService runtimeService, DecisionNotices decisionNotices) {
        this.reviews = reviews;
        this.complaints = complaints;
        this.deadlines = deadlines;
        this.eligibility = new ReviewEligibility(deadlines);
        this.clock = clock;
        this.properties = properties;
        this.events = events;
        this.runtimeService = runtimeService;
        this.decisionNotices = decisionNotices;
    }

    /**
     * @param receivedAt   when the written application arrived, or null for now
     * @param registeredBy the staff member registering it
     */
    @Transactional
    public ReviewReceipt register(String caseNumber, String reason, Instant receivedAt, String registeredBy) {
        if (reviews.lockComplaint(caseNumber).isEmpty()) {
            throw new ComplaintNotFoundException(caseNumber);
        }
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        Long openReviewId = reviews.findFirstByCaseNumberAndStatusOrderById(caseNumber, ReviewStatus.OPEN)
                .map(ComplaintReview::getId).orElse(null);
        // Art. 20: 30 days from *receiving* the decision, i.e. from the notice's proof, not from sending;
        // a case decided before proofs were kept (no outbox row) has only the sending time
        Instant noticeProvedAt = decisionNotices.provedAt(caseNumber).orElse(complaint.getFeedbackSentAt());
        Instant requestedAt = eligibility.admit(caseNumber, noticeProvedAt, receivedAt, clock.now(), openReviewId);

        ComplaintReview review = reviews.save(ComplaintReview.open(caseNumber, reason.strip(), requestedAt,
                registeredBy, deadlines.reviewDueBy(requestedAt, deadlines.periods(caseNumber))));
        events.append(caseNumber, registeredBy, CaseEventType.REVIEW_REQUESTED, "核查申请 " + review.getId()
                + "，收到于 " + local(requestedAt) + "，核查期限 " + local(review.getReviewDueBy()));
        runtimeService.createProcessInstanceByKey(ReviewProcess.KEY)
                .businessKey(caseNumber)
                .setVariables(startVariables(review, complaint))
                .execute();
        return ReviewReceipt.of(review);
    }

    @Transactional(readOnly = true)
    public List<ReviewView> ofCase(String caseNumber) {
        if (complaints.findByCaseNumber(caseNumber).isEmpty()) {
            throw new ComplaintNotFoundException(caseNumber);
        }
        return reviews.findByCaseNumberOrderById(caseNumber).stream().map(ReviewView::of).toList();
    }

    @Transactional(readOnly = true)
    public ReviewView get(String caseNumber, long reviewId) {
        return reviews.findById(reviewId)
                .filter(r -> r.getCaseNumber().equals(caseNumber))
                .map(ReviewView::of)
                .orElseThrow(ReviewNotFoundException::new);
    }

    /**
     * What the review form shows and the deadlines need. Like complaint-handling, no name, ID
     * number or contact of the complainant enters the engine.
     */
    private static VariableMap startVariables(ComplaintReview review, Complaint complaint) {
        return Variables.createVariables()
                .putValue(Vars.CASE_NUMBER.name(), review.getCaseNumber())
                .putValue(Vars.LEVEL.name(), complaint.getLevel())
                .putValue(Vars.REVIEW_ID.name(), review.getId())
                .putValue(Vars.REASON.name(), review.getReason())
                .putValue(Vars.REQUESTED_AT.name(), Date.from(review.getRequestedAt()))
                .putValue(Vars.REVIEW_DUE_BY.name(), Date.from(review.getReviewDueBy()))
                .putValue(Vars.ORIGINAL_RESULT.name(), complaint.getResult())
                .putValue(Vars.ORIGINAL_RESOLUTION.name(), complaint.getResolution());
    }

    private String local(Instant instant) {
        return DAY.format(instant.atZone(properties.zone()));
    }
}
