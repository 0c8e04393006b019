package com.casedesk.whistleblowing;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import java.util.Date;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Component;

/**
 * 委员会 What the whistleblowing committee decides: an investigator's request for more time, and the
 * report itself. Four-eyes: whoever investigated may not decide, whoever asked for the extension may
 * not approve it (the listeners check what a model does; WbTaskRules checks every task command).
 */
@Component("wbCommitteeReview")
class CommitteeReview {

    static final String INVESTIGATOR = "investigator";
    static final String REQUESTER = "requester of the extension";

    /** Where the investigation's deadline stands: the opinion's due date and the days extended so far. */
    record Extension(Date opinionDueBy, int extendedDays) {

        /** Approved: the due date moves by {@code days} calendar days in the service's zone. */
        Extension by(int days, WbClock clock) {
            return new Extension(clock.extendedOpinionDue(opinionDueBy, days), extendedDays + days);
        }
    }

    private final WbClock clock;
    private final CaseEventLog events;
    private final ReportStatus status;

    CommitteeReview(WbClock clock, CaseEventLog events, ReportStatus status) {
        this.clock = clock;
        this.events = events;
        this.status = status;
    }

    /**
     * Four-eyes: {@code actor} may not act on {@code taskName} when they are the person in {@code role}.
     * The system's own calls are nobody's.
     */
    static void fourEyes(String taskName, String actor, String barred, String role) {
        if (actor != null && !CaseEventLog.SYSTEM.equals(actor) && actor.equals(barred)) {
            throw new BadUserRequestException("四眼原则 (four-eyes): " + actor + " is the " + role
                    + " and cannot also act on '" + taskName + "'");
        }
    }

    /** @param regime the report's regime variable (null on models before version 4: the installation's) */
    Extension extensionApproved(String reportNumber, String regime, Extension current, int days, String note) {
        WbExtensionRule.checkAllowed(clock.regimeOf(regime));
        Extension next = current.by(days, clock);
        events.append(reportNumber, CaseEventType.EXTENSION_APPROVED,
                days + " 日，调查意见期限 " + clock.day(next.opinionDueBy()) + "：" + note);
        return next;
    }

    void extensionRejected(String reportNumber, String note) {
        events.append(reportNumber, CaseEventType.EXTENSION_REJECTED, note);
    }

    void decided(String reportNumber, CommitteeDecision decision) {
        events.append(reportNumber, CaseEventType.COMMITTEE_DECISION, decision.label() + " (" + decision + ")");
        status.decided(reportNumber, decision);
    }
}
