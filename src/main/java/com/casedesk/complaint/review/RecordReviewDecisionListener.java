package com.casedesk.complaint.review;

import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.clock.ComplaintClock;
import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.TaskInput;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.review.ReviewProcess.Vars;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Review concluded (核查结论): outcome, opinion and reviewer go into the review's ledger row. */
@ModelFacing
@Component("recordReviewDecisionListener")
class RecordReviewDecisionListener implements TaskListener {

    private static final int MAX_OPINION = 4000;

    private final ComplaintReviewRepository reviews;
    private final ComplaintRepository complaints;
    private final ReviewNotices notices;
    private final ComplaintClock clock;
    private final CaseEventLog events;
    private final RehandlingAfterReview rehandling;

    RecordReviewDecisionListener(ComplaintReviewRepository reviews, ComplaintRepository complaints,
                                 ReviewNotices notices, ComplaintClock clock, CaseEventLog events,
                                 RehandlingAfterReview rehandling) {
        this.rehandling = rehandling;
        this.reviews = reviews;
        this.complaints = complaints;
        this.notices = notices;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        ReviewOutcome outcome = TaskInput.requiredEnum(task, Vars.OUTCOME.name(), ReviewOutcome.class);
        String opinion = TaskInput.required(task, Vars.OPINION.name(), MAX_OPINION);
        ComplaintReview review = reviews.getById(Vars.REVIEW_ID.get(task));
        review.decide(outcome, opinion, events.currentActor(), clock.now());
        // The notice is sent later by a job; one that can never be stored would only end as an incident.
        int length = notices.decision(complaints.getByCaseNumber(review.getCaseNumber()), review).length();
        if (length > ReviewNotices.MAX_LENGTH) {
            throw new BadUserRequestException(Vars.OPINION + " is too long for the notice to the complainant: shorten it"
                    + " by " + (length - ReviewNotices.MAX_LENGTH) + " characters");
        }
        reviews.save(review);
        events.append(review.getCaseNumber(), CaseEventType.REVIEW_DECIDED, "核查 " + review.getId() + "：" + outcome.label()
                + " (" + outcome + ")");
        if (outcome == ReviewOutcome.SET_ASIDE) {
            rehandling.start(review.getCaseNumber());
        }
    }
}
