package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.whistleblowing.WbProcess.Vars;
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
            notices.tell(reportNumber, "受理告知 Accepted", "您的举报（编号 " + reportNumber
                    + "）已受理，将由与被举报事项无利害关系的人员独立调查。调查期间如需补充，我们将通过举报信箱与您联系。");
        } else {
            AdmissibilityRefusal reason = AdmissibilityRefusal.valueOf(Vars.REFUSAL_REASON.require(execution));
            notices.tell(reportNumber, "不予受理告知 Refused (" + reason + ")", "您的举报（编号 " + reportNumber
                    + "）经初步评估不予受理，理由：" + reason.wording() + "。如有新的事实或证据，可重新举报。");
        }
        status.set(reportNumber, outcome == AdmissibilityOutcome.ADMITTED ? ReportStatus.Status.ADMITTED : ReportStatus.Status.REFUSED);
    }
}
