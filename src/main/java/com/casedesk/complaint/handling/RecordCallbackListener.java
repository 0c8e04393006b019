package com.casedesk.complaint.handling;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.TaskInput;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.ComplaintProcess.CallbackOutcome;
import com.casedesk.complaint.ComplaintProcess.Vars;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Satisfaction callback (满意度回访) recorded. */
@ModelFacing
@Component("recordCallbackListener")
class RecordCallbackListener implements TaskListener {

    private static final Set<String> OUTCOMES =
            Set.of(CallbackOutcome.SATISFIED, CallbackOutcome.UNSATISFIED, CallbackOutcome.UNREACHABLE);

    private final ComplaintRepository complaints;
    private final CaseEventLog events;

    RecordCallbackListener(ComplaintRepository complaints, CaseEventLog events) {
        this.complaints = complaints;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        String outcome = TaskInput.required(task, Vars.CALLBACK_OUTCOME.name(), 32);
        if (!OUTCOMES.contains(outcome)) {
            throw new BadUserRequestException(Vars.CALLBACK_OUTCOME + " must be one of " + OUTCOMES);
        }
        String note = TaskInput.optional(task, Vars.CALLBACK_NOTE.name(), 2000);
        Complaint complaint = complaints.getByCaseNumber(task.getExecution().getProcessBusinessKey());
        complaint.recordCallback(outcome);
        complaints.save(complaint);
        events.append(complaint.getCaseNumber(), CaseEventType.CALLBACK_RECORDED,
                outcome + (note == null || note.isEmpty() ? "" : ": " + note));
    }
}
