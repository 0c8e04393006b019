package com.casedesk.complaint.guard;

import com.casedesk.complaint.ComplaintDocumentController;
import com.casedesk.complaint.clock.ExtensionProcess;
import com.casedesk.complaint.ComplaintProcess.StartFacts;
import com.casedesk.complaint.form.FormDisplayNames;
import com.casedesk.complaint.intake.RepeatReviewProcess;
import com.casedesk.complaint.notice.NoticeProcess;
import com.casedesk.complaint.review.ReviewProcess;
import com.casedesk.complaint.stuck.StuckCaseProcess;
import com.casedesk.rectification.RectificationProcess;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.process.VariableOwnership;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The variables of the complaint processes (handling, extension, review, rectification, exceptions)
 * that only the service writes: the complaint's facts as registered, its grade and level, deadlines,
 * the groups it is routed to and the ids that tie a process to the ledger. No form asks a person for
 * them; the engine seam refuses them even if one did.
 */
@Component
class ComplaintVariableOwnership implements VariableOwnership {

    private static final Set<String> OWNED = Set.of(
            // as registered
            Vars.CASE_NUMBER.name(), StartFacts.CHANNEL.name(), StartFacts.BUSINESS_LINE.name(), StartFacts.CATEGORY.name(),
            StartFacts.CLAIMED_AMOUNT.name(), StartFacts.JOINT_COMPLAINANTS.name(), Vars.RECEIVED_AT.name(), Vars.FACTS.name(),
            Vars.EVIDENCE_LIST.name(),
            // grade, level and routing
            Vars.GRADING.name(), Vars.LEVEL.name(), Vars.GRADING_REASON.name(), Vars.NEW_LEVEL.name(), Vars.REGRADE_REASON.name(), Vars.MAJOR.name(),
            Vars.HANDLING_GROUP.name(), Vars.ESCALATION_GROUP.name(), Vars.RESPONSIBLE_DEPARTMENT.name(), Vars.HANDLING_ROUND.name(),
            ExtensionProcess.Vars.APPROVER_GROUP.name(), ExtensionProcess.Vars.REQUESTED_BY.name(), ExtensionProcess.Vars.EXTENSION_ID.name(),
            ExtensionProcess.Vars.EXTENSION_KIND.name(),
            // deadlines (every *DueBy is refused anyway)
            Vars.REPLY_DUE_BY.name(), Vars.HANDOVER_DUE_BY.name(), Vars.FORWARD_DUE_BY.name(), Vars.MEETING_DUE_BY.name(), Vars.PROGRESS_DUE_BY.name(),
            ReviewProcess.Vars.REVIEW_DUE_BY.name(), RectificationProcess.Vars.DEADLINE.name(), RectificationProcess.Vars.DEADLINE_DAY.name(),
            // withdrawal, review and rectification as the service recorded them
            Vars.WITHDRAWAL_REASON.name(), Vars.WITHDRAWAL_RECEIVED_AT.name(),
            ReviewProcess.Vars.REVIEW_ID.name(), ReviewProcess.Vars.REASON.name(), ReviewProcess.Vars.REQUESTED_AT.name(),
            ReviewProcess.Vars.ORIGINAL_RESULT.name(), ReviewProcess.Vars.ORIGINAL_RESOLUTION.name(),
            RectificationProcess.Vars.RECTIFICATION_ID.name(), RectificationProcess.Vars.DEPARTMENT.name(), RectificationProcess.Vars.OWNER.name(),
            StuckCaseProcess.Vars.STUCK_FOR.name(), NoticeProcess.Vars.NOTICE_KIND.name(), NoticeProcess.Vars.PAUSE_ID.name(),
            // the repeat a person judges (complaint-repeat-review): shown, never written by them
            RepeatReviewProcess.Vars.REPEAT_CASE_NUMBER.name(), RepeatReviewProcess.Vars.REPEAT_RECEIVED_AT.name(),
            RepeatReviewProcess.Vars.REPEAT_REQUEST.name(), RepeatReviewProcess.Vars.REPEAT_FACTS.name());

    /** And what the forms show beside them, computed when a form is read (complaint/form). */
    private static final Set<String> OWNED_AND_SHOWN = java.util.stream.Stream.concat(OWNED.stream(),
            FormDisplayNames.ALL.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    @Override
    public Set<String> serviceOwned() {
        return OWNED_AND_SHOWN;
    }
}
