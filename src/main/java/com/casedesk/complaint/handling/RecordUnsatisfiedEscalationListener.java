package com.casedesk.complaint.handling;

import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.TaskInput;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.ComplaintProcess.Vars;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** After repeated unsatisfied rounds the supervisor decides: handle again, or close and point to other remedies. */
@ModelFacing
@Component("recordUnsatisfiedEscalationListener")
class RecordUnsatisfiedEscalationListener implements TaskListener {

    static final String REHANDLE = "REHANDLE";
    static final String CLOSE = "CLOSE";

    private final CaseEventLog events;

    RecordUnsatisfiedEscalationListener(CaseEventLog events) {
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        String outcome = TaskInput.required(task, Vars.SUPERVISOR_OUTCOME.name(), 16);
        if (!Set.of(REHANDLE, CLOSE).contains(outcome)) {
            throw new BadUserRequestException(Vars.SUPERVISOR_OUTCOME + " must be REHANDLE or CLOSE");
        }
        String note = TaskInput.required(task, Vars.SUPERVISOR_NOTE.name(), 2000);
        events.append(task.getExecution().getProcessBusinessKey(), CaseEventType.SUPERVISION_RECORDED,
                "多次不满意，主管决定 " + outcome + ": " + note);
    }
}
