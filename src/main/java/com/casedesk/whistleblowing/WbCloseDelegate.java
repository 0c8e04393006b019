package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.whistleblowing.WbProcess.Vars;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 结案 Close: the closing time starts the protection follow-up clock of a real-name reporter. */
@ModelFacing
@Component("wbCloseDelegate")
class WbCloseDelegate implements JavaDelegate {

    private final ReportStatus status;
    private final WbClock clock;
    private final CaseEventLog events;

    WbCloseDelegate(WbClock clock, CaseEventLog events, ReportStatus status) {
        this.status = status;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date closedAt = Date.from(clock.now());
        execution.setVariable(Vars.CLOSED_AT, closedAt);
        boolean anonymous = Boolean.TRUE.equals(execution.getVariable(Vars.ANONYMOUS));
        events.append(execution.getProcessBusinessKey(), CaseEventLog.SYSTEM, CaseEventType.CLOSED,
                anonymous ? "匿名举报，已结案" : "实名举报，保护回访 " + clock.day(clock.protectionCheckAt(closedAt)));
        status.closed(execution.getProcessBusinessKey());
    }
}
