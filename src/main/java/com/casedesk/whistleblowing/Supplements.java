package com.casedesk.whistleblowing;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.notification.template.NoticeTemplate;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 补充材料 The wait for a supplement the assessor asked for: the reporter is asked in the mailbox and
 * the assessment clock stands still ({@link WbClock#resumedAssessmentDue}); a supplement that does not
 * arrive in time ({@link WbClock#supplementGiveUpAt}) ends the report as not admitted for lack of
 * specific facts.
 */
@Component("wbSupplements")
class Supplements {

    /** Why a report whose supplement never came is refused. */
    static final AdmissibilityRefusal TIMED_OUT = AdmissibilityRefusal.NO_SPECIFIC_FACTS;

    private final WbReporterNotices notices;
    private final WbClock clock;
    private final CaseEventLog events;
    private final ReportStatus status;

    Supplements(WbReporterNotices notices, WbClock clock, CaseEventLog events, ReportStatus status) {
        this.notices = notices;
        this.clock = clock;
        this.events = events;
        this.status = status;
    }

    /** @return when it was requested: the clock stands still from then */
    Date request(String reportNumber, String request) {
        Date now = Date.from(clock.now());
        Date giveUpAt = clock.supplementGiveUpAt(now);
        notices.tell(reportNumber, "补充材料请求 Supplement requested", NoticeTemplate.WB_SUPPLEMENT_REQUEST,
                Map.of("supplementRequest", request, "supplementDueDate", clock.day(giveUpAt)));
        events.append(reportNumber, CaseEventLog.SYSTEM, CaseEventType.SUPPLEMENT_REQUESTED,
                "受理期限暂停计算，补充截止 " + clock.day(giveUpAt));
        status.set(reportNumber, ReportStatus.Status.AWAITING_SUPPLEMENT);
        return now;
    }

    /** @return the assessment's due date, moved by the time waited */
    Date received(String reportNumber, Date assessmentDueBy, Date requestedAt) {
        Date due = clock.resumedAssessmentDue(assessmentDueBy, requestedAt);
        events.append(reportNumber, CaseEventLog.SYSTEM, CaseEventType.CLOCK_RESUMED, "补充材料已收到，受理期限 " + clock.day(due));
        status.set(reportNumber, ReportStatus.Status.RECEIVED);
        return due;
    }

    /** @return the reason the report is refused for */
    AdmissibilityRefusal timedOut(String reportNumber) {
        events.append(reportNumber, CaseEventLog.SYSTEM, CaseEventType.ADMISSIBILITY_DECIDED,
                "REFUSED，补充材料逾期未收到 (" + TIMED_OUT + ")");
        notices.tell(reportNumber, "不予受理告知 Refused (supplement timed out)", NoticeTemplate.WB_SUPPLEMENT_TIMEOUT,
                Map.of("refusalReason", TIMED_OUT.wording()));
        status.assessed(reportNumber, AdmissibilityOutcome.REFUSED, TIMED_OUT);
        status.set(reportNumber, ReportStatus.Status.REFUSED);
        return TIMED_OUT;
    }
}
