package com.casedesk.whistleblowing;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.whistleblowing.WbProcess.Vars;
import com.casedesk.whistleblowing.WbProperties.Regime;
import com.casedesk.process.StateRuleViolation;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Component;

/**
 * 深入调查 A round of the investigation ends in a written opinion, a request for more time (at most
 * the configured total over all requests, approved by the committee: {@link CommitteeReview}) or a
 * declared conflict of interest, after which the investigator is barred from the report like anyone
 * named in it.
 */
@Component("wbInvestigation")
class Investigation {

    static final String USED_UP = "调查延期已用尽 Investigation extensions used up";

    private final WbClock clock;
    private final CaseEventLog events;
    private final InvolvedPersons involved;

    Investigation(WbClock clock, CaseEventLog events, InvolvedPersons involved) {
        this.clock = clock;
        this.events = events;
        this.involved = involved;
    }

    /**
     * The extension rule: {@code asked} days (at least one) may be requested as long as all extensions
     * together stay within {@code maxDays}.
     */
    static void checkExtension(int maxDays, int usedDays, int asked) {
        int left = daysLeft(maxDays, usedDays);
        if (asked < 1 || asked > left) {
            throw new BadUserRequestException(Vars.EXTENSION_DAYS.name() + " must be between 1 and " + left + " days");
        }
    }

    /** The days still to be had, refused (409) when none are left: a state of the report, not the request. */
    static int daysLeft(int maxDays, int usedDays) {
        int left = maxDays - usedDays;
        if (left < 1) {
            throw new StateRuleViolation(USED_UP, "the investigation has already been extended by " + usedDays
                    + " days, the most allowed");
        }
        return left;
    }

    /** Only a person declares a conflict of interest: the system has none and cannot step aside. */
    static void checkConflictDeclarant(String actor) {
        if (actor == null || CaseEventLog.SYSTEM.equals(actor)) {
            throw new BadUserRequestException("a conflict of interest is declared by the investigator, not by the system");
        }
    }

    void opinionSubmitted(String reportNumber) {
        events.append(reportNumber, CaseEventType.INVESTIGATION_OPINION, "书面调查意见已提交");
    }

    /**
     * @param regime   the report's regime variable (null on models before version 4: the installation's)
     * @param usedDays the days the investigation was extended by so far
     */
    void extensionRequested(String reportNumber, String regime, int usedDays, int days, String reason) {
        Regime reportRegime = clock.regimeOf(regime);
        WbExtensionRule.checkAllowed(reportRegime);
        checkExtension(clock.maxExtensionDays(reportRegime, reportNumber), usedDays, days);
        events.append(reportNumber, CaseEventType.EXTENSION_REQUESTED, days + " 日：" + reason);
    }

    void conflictDeclared(String reportNumber, String investigator, String note) {
        checkConflictDeclarant(investigator);
        involved.register(reportNumber, investigator, "声明利益冲突 declared conflict: " + note);
        events.append(reportNumber, CaseEventType.CONFLICT_DECLARED, investigator + " 回避");
    }
}
