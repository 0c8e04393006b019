package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.rectification.RectificationRows;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.whistleblowing.WbProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 总结与改进 Summary: root cause and control fixes, recorded by the committee, and improvement actions opened. */
@ModelFacing
@Component("wbCommitteeSummaryListener")
class CommitteeSummaryListener implements TaskListener {

    private final CaseEventLog events;
    private final RectificationRows improvementActions;

    CommitteeSummaryListener(CaseEventLog events, RectificationRows improvementActions) {
        this.events = events;
        this.improvementActions = improvementActions;
    }

    @Override
    public void notify(DelegateTask task) {
        String rootCause = WbInput.required(task, Vars.ROOT_CAUSE, 4000);
        String fixes = WbInput.required(task, Vars.CONTROL_FIXES, 4000);
        events.append(task.getExecution().getProcessBusinessKey(), CaseEventType.IMPROVEMENT_RECORDED,
                "根本原因：" + rootCause + "；整改措施：" + fixes);
        // each improvement action runs as a complaint-rectification process: deadline, reminder, escalation
        improvementActions.openForReport(task, task.getExecution().getProcessBusinessKey());
    }
}
