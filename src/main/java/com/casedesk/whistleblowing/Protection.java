package com.casedesk.whistleblowing;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import java.util.Date;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * 保护 Protection of the reporter after closure (ISO 37002): a real-name reporter is followed up when
 * the protection period after closing ends, and the committee records the retaliation risk it found.
 * An anonymous reporter cannot be reached to ask, so there is no follow-up (the model's gateway).
 */
@Component("wbProtection")
class Protection {

    private final WbClock clock;
    private final CaseEventLog events;
    private final ReportStatus status;

    Protection(WbClock clock, CaseEventLog events, ReportStatus status) {
        this.clock = clock;
        this.events = events;
        this.status = status;
    }

    /** When the follow-up of a report closed at {@code closedAt} falls due: never for an anonymous one. */
    static Optional<Date> followUpAt(WbClock clock, boolean anonymous, Date closedAt) {
        return anonymous ? Optional.empty() : Optional.of(clock.protectionCheckAt(closedAt));
    }

    /** 结案 @return the closing time, which starts the follow-up clock */
    Date close(String reportNumber, boolean anonymous) {
        Date closedAt = Date.from(clock.now());
        events.append(reportNumber, CaseEventLog.SYSTEM, CaseEventType.CLOSED, followUpAt(clock, anonymous, closedAt)
                .map(at -> "实名举报，保护回访 " + clock.day(at)).orElse("匿名举报，已结案"));
        status.closed(reportNumber);
        return closedAt;
    }

    void checked(String reportNumber, RetaliationRisk risk, String note) {
        events.append(reportNumber, CaseEventType.PROTECTION_CHECK, "打击报复风险 " + risk + "：" + note);
    }
}
