package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.TaskInput;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.whistleblowing.WbProcess.Vars;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 延期审批 The committee approves or refuses an investigation extension; the requester may not
 * (4-eyes). Approved: the opinion due date moves by the days asked.
 */
@ModelFacing
@Component("wbCommitteeExtensionListener")
class CommitteeExtensionListener implements TaskListener {

    private final WbClock clock;
    private final CaseEventLog events;

    CommitteeExtensionListener(WbClock clock, CaseEventLog events) {
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        String requestedBy = (String) task.getVariable(Vars.EXTENSION_REQUESTED_BY);
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            WbInput.fourEyes(task, task.getAssignee(), requestedBy, "requester of the extension");
            return;
        }
        WbInput.fourEyes(task, WbInput.actor(task, events), requestedBy, "requester of the extension");
        boolean approved = TaskInput.requiredBoolean(task, Vars.EXTENSION_APPROVED);
        String note = TaskInput.required(task, Vars.APPROVAL_NOTE, 2000);
        String reportNumber = task.getExecution().getProcessBusinessKey();
        if (approved) {
            int days = ((Number) task.getVariable(Vars.EXTENSION_DAYS)).intValue();
            Date due = clock.extendedOpinionDue((Date) task.getVariable(Vars.OPINION_DUE_BY), days);
            task.setVariable(Vars.OPINION_DUE_BY, due);
            task.setVariable(Vars.EXTENDED_DAYS, ((Number) task.getVariable(Vars.EXTENDED_DAYS)).intValue() + days);
            events.append(reportNumber, CaseEventType.EXTENSION_APPROVED, days + " 日，调查意见期限 " + clock.day(due) + "：" + note);
        } else {
            events.append(reportNumber, CaseEventType.EXTENSION_REJECTED, note);
        }
    }
}
