package com.casedesk.whistleblowing;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * 逾期督办 A statutory date of a report passed with its step still open: the breach is a case event the
 * moment the timer fires (not when the committee gets round to it), and the committee's measures are
 * recorded when it completes the escalation. The step itself stays open.
 */
@Component("wbOverdueEscalations")
class OverdueEscalations {

    /** What is overdue: the acceptance decision (CN 受理 decision) or the reporter's feedback (EU Art. 9(1)(f)). */
    enum Overdue {
        ACCEPTANCE("受理决定"), FEEDBACK("反馈举报人");

        private final String label;

        Overdue(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    private final WbClock clock;
    private final CaseEventLog events;

    OverdueEscalations(WbClock clock, CaseEventLog events) {
        this.clock = clock;
        this.events = events;
    }

    /** The event's text at the breach: what, and the day it was due. */
    static String breach(Overdue what, String dueDay) {
        return what.label() + "逾期（期限 " + dueDay + "），已提交举报处理委员会督办";
    }

    void opened(String reportNumber, Overdue what, Date dueBy) {
        events.append(reportNumber, CaseEventLog.SYSTEM, CaseEventType.ESCALATED, breach(what, clock.day(dueBy)));
    }

    void handled(String reportNumber, Overdue what, String note) {
        events.append(reportNumber, CaseEventType.SUPERVISION_RECORDED, what.label() + "逾期督办：" + note);
    }
}
