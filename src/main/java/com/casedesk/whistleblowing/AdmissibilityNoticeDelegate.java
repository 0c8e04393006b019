package com.casedesk.whistleblowing;

import com.casedesk.notification.template.NoticeTemplate;
import com.casedesk.process.ModelFacing;
import com.casedesk.whistleblowing.WbProcess.Vars;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 告知受理决定 Tell the admissibility decision: accepted (CN: a real-name reporter within 15 days of
 * receipt; an anonymous one reads it in the mailbox — the same channel), or refused with the redacted
 * reason.
 */
@ModelFacing
@Component("wbAdmissibilityNoticeDelegate")
class AdmissibilityNoticeDelegate implements JavaDelegate {

    private final ReportStatus status;
    private final WbReporterNotices notices;

    AdmissibilityNoticeDelegate(WbReporterNotices notices, ReportStatus status) {
        this.status = status;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reportNumber = execution.getProcessBusinessKey();
        AdmissibilityOutcome outcome = AdmissibilityOutcome.valueOf(Vars.ADMISSIBILITY.require(execution));
        if (outcome == AdmissibilityOutcome.ADMITTED) {
            notices.tell(reportNumber, "受理告知 Accepted", NoticeTemplate.WB_ADMITTED, Map.of());
        } else {
            AdmissibilityRefusal reason = AdmissibilityRefusal.valueOf(Vars.REFUSAL_REASON.require(execution));
            notices.tell(reportNumber, "不予受理告知 Refused (" + reason + ")", NoticeTemplate.WB_REFUSED,
                    Map.of("refusalReason", reason.wording()));
        }
        status.set(reportNumber, outcome == AdmissibilityOutcome.ADMITTED ? ReportStatus.Status.ADMITTED : ReportStatus.Status.REFUSED);
    }
}
