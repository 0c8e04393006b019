package com.casedesk.complaint.handling;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.RootCause;
import com.casedesk.complaint.clock.StatutoryClock;
import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.TaskInput;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.ComplaintProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Investigation completed: findings and root cause go into the ledger. */
@ModelFacing
@Component("recordFindingsListener")
class RecordFindingsListener implements TaskListener {

    private final ComplaintRepository complaints;
    private final StatutoryClock statutoryClock;
    private final CaseEventLog events;

    RecordFindingsListener(ComplaintRepository complaints, StatutoryClock statutoryClock, CaseEventLog events) {
        this.complaints = complaints;
        this.statutoryClock = statutoryClock;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        String findings = TaskInput.required(task, Vars.FINDINGS.name(), 4000);
        RootCause rootCause = TaskInput.requiredEnum(task, Vars.ROOT_CAUSE.name(), RootCause.class);
        Complaint complaint = complaints.getByCaseNumber(task.getExecution().getProcessBusinessKey());
        complaint.recordFindings(findings, rootCause.name());
        complaints.save(complaint);
        events.append(complaint.getCaseNumber(), CaseEventType.FINDINGS_RECORDED, "原因 " + rootCause + ": " + findings);
        Object complex = Vars.COMPLEX.get(task);
        if (Boolean.TRUE.equals(complex) || "true".equals(complex)) {
            statutoryClock.classifyComplex(complaint.getCaseNumber());
        }
    }
}
