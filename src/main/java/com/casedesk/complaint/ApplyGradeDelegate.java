package com.casedesk.complaint;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.ComplaintProcess.Vars;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Takes the grading decision's result into the ledger and into the variables the model routes on. */
@Component("applyGradeDelegate")
class ApplyGradeDelegate implements JavaDelegate {

    private final ComplaintRepository complaints;
    private final CaseEventLog events;

    ApplyGradeDelegate(ComplaintRepository complaints, CaseEventLog events) {
        this.complaints = complaints;
        this.events = events;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        Map<String, Object> grading = (Map<String, Object>) execution.getVariable(Vars.GRADING);
        if (grading == null) {
            throw new IllegalStateException("decision " + ComplaintProcess.GRADING_DECISION + " matched no rule");
        }
        int level = ((Number) grading.get("level")).intValue();
        String handlingGroup = (String) grading.get("handlingGroup");
        String escalationGroup = (String) grading.get("escalationGroup");
        String reason = (String) grading.get("reason");

        execution.setVariable(Vars.LEVEL, level);
        execution.setVariable(Vars.HANDLING_GROUP, handlingGroup);
        execution.setVariable(Vars.ESCALATION_GROUP, escalationGroup);
        execution.setVariable(Vars.GRADING_REASON, reason);
        execution.removeVariable(Vars.GRADING);

        String caseNumber = execution.getProcessBusinessKey();
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        complaint.applyGrade(level, reason, handlingGroup);
        complaints.save(complaint);
        events.append(caseNumber, CaseEventLog.SYSTEM, CaseEventType.GRADED,
                Levels.label(level) + ": " + reason + " → " + handlingGroup);
    }
}
