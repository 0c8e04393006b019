package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.whistleblowing.WbProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 补充逾期 Supplement not received in time: not admitted for lack of specific facts, and the reporter
 * is told so in the mailbox.
 */
@ModelFacing
@Component("wbSupplementTimeoutDelegate")
class SupplementTimeoutDelegate implements JavaDelegate {

    private final ReportStatus status;
    private final WbReporterNotices notices;
    private final CaseEventLog events;

    SupplementTimeoutDelegate(WbReporterNotices notices, CaseEventLog events, ReportStatus status) {
        this.status = status;
        this.notices = notices;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reportNumber = execution.getProcessBusinessKey();
        execution.setVariable(Vars.ADMISSIBILITY, AdmissibilityOutcome.REFUSED.name());
        execution.setVariable(Vars.REFUSAL_REASON, AdmissibilityRefusal.NO_SPECIFIC_FACTS.name());
        events.append(reportNumber, CaseEventLog.SYSTEM, CaseEventType.ADMISSIBILITY_DECIDED,
                "REFUSED，补充材料逾期未收到 (" + AdmissibilityRefusal.NO_SPECIFIC_FACTS + ")");
        notices.tell(reportNumber, "不予受理告知 Refused (supplement timed out)", "您的举报（编号 " + reportNumber
                + "）所需补充材料逾期未收到，因" + AdmissibilityRefusal.NO_SPECIFIC_FACTS.wording()
                + "，不予受理。如有新的事实或证据，可重新举报。");
        status.assessed(reportNumber, AdmissibilityOutcome.REFUSED, AdmissibilityRefusal.NO_SPECIFIC_FACTS);
        status.set(execution.getProcessBusinessKey(), ReportStatus.Status.REFUSED);
    }
}
