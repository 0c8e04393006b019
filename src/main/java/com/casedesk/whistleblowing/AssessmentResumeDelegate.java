package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.whistleblowing.WbProcess.Vars;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 恢复计时 Resume the clock: the supplement arrived; the assessment due date moves by the time waited. */
@ModelFacing
@Component("wbAssessmentResumeDelegate")
class AssessmentResumeDelegate implements JavaDelegate {

    private final ReportStatus status;
    private final WbClock clock;
    private final CaseEventLog events;

    AssessmentResumeDelegate(WbClock clock, CaseEventLog events, ReportStatus status) {
        this.status = status;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date due = clock.resumedAssessmentDue((Date) execution.getVariable(Vars.ASSESSMENT_DUE_BY),
                (Date) execution.getVariable(Vars.SUPPLEMENT_REQUESTED_AT));
        execution.setVariable(Vars.ASSESSMENT_DUE_BY, due);
        events.append(execution.getProcessBusinessKey(), CaseEventLog.SYSTEM, CaseEventType.CLOCK_RESUMED,
                "补充材料已收到，受理期限 " + clock.day(due));
        status.set(execution.getProcessBusinessKey(), ReportStatus.Status.RECEIVED);
    }
}
