package com.casedesk.complaint.notice;

import com.casedesk.casefile.TaskInput;
import com.casedesk.complaint.notice.NoticeFailureProcess.Vars;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** What the escalation group did about a failed notice (told in person, channel repaired) goes into the event log. */
@ModelFacing
@Component("recordNoticeFailureListener")
class RecordNoticeFailureListener implements TaskListener {

    private final NoticeFailures failures;

    RecordNoticeFailureListener(NoticeFailures failures) {
        this.failures = failures;
    }

    @Override
    public void notify(DelegateTask task) {
        failures.handled(task.getExecution().getProcessBusinessKey(), TaskInput.required(task, Vars.NOTE, 2000));
    }
}
