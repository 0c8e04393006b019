package com.casedesk.complaint.access;

import com.casedesk.complaint.ComplaintDocumentController;
import com.casedesk.complaint.clock.ExtensionProcess;
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
            Vars.CASE_NUMBER, Vars.CHANNEL, Vars.BUSINESS_LINE, Vars.CATEGORY, Vars.CLAIMED_AMOUNT,
            Vars.JOINT_COMPLAINANTS, Vars.RECEIVED_AT, Vars.RESPONDENT_UNIT, Vars.REQUEST, Vars.FACTS,
            ComplaintDocumentController.EVIDENCE_LIST,
            // grade, level and routing
            Vars.GRADING, Vars.LEVEL, Vars.GRADING_REASON, Vars.NEW_LEVEL, Vars.REGRADE_REASON, Vars.MAJOR,
            Vars.HANDLING_GROUP, Vars.ESCALATION_GROUP, Vars.RESPONSIBLE_DEPARTMENT, Vars.HANDLING_ROUND,
            ExtensionProcess.Vars.APPROVER_GROUP, ExtensionProcess.Vars.REQUESTED_BY, ExtensionProcess.Vars.EXTENSION_ID,
            ExtensionProcess.Vars.EXTENSION_KIND,
            // deadlines (every *DueBy is refused anyway)
            Vars.REPLY_DUE_BY, Vars.HANDOVER_DUE_BY, Vars.FORWARD_DUE_BY, Vars.MEETING_DUE_BY, Vars.PROGRESS_DUE_BY,
            ReviewProcess.Vars.REVIEW_DUE_BY, RectificationProcess.Vars.DEADLINE, RectificationProcess.Vars.DEADLINE_DAY,
            // withdrawal, review and rectification as the service recorded them
            Vars.WITHDRAWAL_REASON, Vars.WITHDRAWAL_RECEIVED_AT,
            ReviewProcess.Vars.REVIEW_ID, ReviewProcess.Vars.REASON, ReviewProcess.Vars.REQUESTED_AT,
            ReviewProcess.Vars.ORIGINAL_RESULT, ReviewProcess.Vars.ORIGINAL_RESOLUTION,
            RectificationProcess.Vars.RECTIFICATION_ID, RectificationProcess.Vars.DEPARTMENT, RectificationProcess.Vars.OWNER,
            StuckCaseProcess.Vars.STUCK_FOR, NoticeProcess.Vars.NOTICE_KIND, NoticeProcess.Vars.PAUSE_ID);

    @Override
    public Set<String> serviceOwned() {
        return OWNED;
    }
}
