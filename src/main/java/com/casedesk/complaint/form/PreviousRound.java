package com.casedesk.complaint.form;

import com.casedesk.casefile.CaseEvent;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.ComplaintProcess.CallbackOutcome;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The previous handling round as the case's event log (处理进度) recorded it: its decision and why the
 * complainant was not satisfied. The ledger holds only the current round's decision and a new round clears
 * the callback, so the log is where the earlier round is kept.
 */
@Component
class PreviousRound {

    private static final Map<String, String> CALLBACK = Map.of(CallbackOutcome.SATISFIED, "满意",
            CallbackOutcome.UNSATISFIED, "不满意", CallbackOutcome.UNREACHABLE, "无法联系");

    record Outcome(String result, String reason) {
    }

    private final CaseEventLog events;

    PreviousRound(CaseEventLog events) {
        this.events = events;
    }

    /**
     * @param beforeReopen the round before the latest reopening (a task of the new round); false: the round
     *                     just finished (the supervisor's review of an unsatisfied complainant)
     */
    Outcome of(String caseNumber, boolean beforeReopen) {
        return of(events.history(caseNumber), beforeReopen);
    }

    static Outcome of(List<CaseEvent> history, boolean beforeReopen) {
        int end = history.size();
        String reopened = null;
        if (beforeReopen) {
            for (int i = history.size() - 1; i >= 0; i--) {
                if (CaseEventType.REOPENED.name().equals(history.get(i).eventType())) {
                    end = i;
                    reopened = history.get(i).detail();
                    break;
                }
            }
        }
        String result = null;
        String reason = null;
        for (int i = end - 1; i >= 0 && (result == null || reason == null); i--) {
            CaseEvent e = history.get(i);
            if (result == null && CaseEventType.DECISION_RECORDED.name().equals(e.eventType())) {
                result = withoutCodes(e.detail());
            } else if (reason == null && result == null && CaseEventType.CALLBACK_RECORDED.name().equals(e.eventType())) {
                reason = callback(e.detail());
            }
        }
        return new Outcome(result, reason != null ? reason : reopened);
    }

    /** "UNSATISFIED: 赔偿太少" → "不满意：赔偿太少". */
    static String callback(String detail) {
        if (detail == null) {
            return null;
        }
        String[] parts = detail.split(": ", 2);
        String outcome = CALLBACK.getOrDefault(parts[0].trim(), parts[0].trim());
        return parts.length < 2 ? outcome : outcome + "：" + parts[1];
    }

    /** The decision's text without the codes beside its labels: "部分支持 (PARTIALLY_UPHELD)，…" → "部分支持，…". */
    static String withoutCodes(String detail) {
        return detail == null ? null : detail.replaceAll("\\s*\\([A-Z_]+\\)", "");
    }
}
