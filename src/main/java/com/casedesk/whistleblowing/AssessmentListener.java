package com.casedesk.whistleblowing;

import com.casedesk.casefile.TaskInput;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.whistleblowing.WbProcess.Vars;
import java.util.Date;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 初步评估 Preliminary assessment completed: authenticity, urgency and admissibility. An admitted
 * report starts the investigation clock; a refusal needs its reason code; a supplement request its text.
 */
@Component("wbAssessmentListener")
class AssessmentListener implements TaskListener {

    enum Authenticity { CREDIBLE, UNCERTAIN, NOT_CREDIBLE }

    enum Urgency { NORMAL, URGENT }

    private final WbClock clock;
    private final CaseEventLog events;
    private final ReportStatus status;

    AssessmentListener(WbClock clock, CaseEventLog events, ReportStatus status) {
        this.clock = clock;
        this.events = events;
        this.status = status;
    }

    @Override
    public void notify(DelegateTask task) {
        String reportNumber = task.getExecution().getProcessBusinessKey();
        Authenticity authenticity = TaskInput.requiredEnum(task, Vars.AUTHENTICITY, Authenticity.class);
        Urgency urgency = TaskInput.requiredEnum(task, Vars.URGENCY, Urgency.class);
        AdmissibilityOutcome outcome = TaskInput.requiredEnum(task, Vars.ADMISSIBILITY, AdmissibilityOutcome.class);
        String note = TaskInput.optional(task, Vars.ASSESSMENT_NOTE, 2000);
        String detail = outcome + "，真实性 " + authenticity + "，紧急程度 " + urgency;
        switch (outcome) {
            case REFUSED -> {
                AdmissibilityRefusal reason = TaskInput.requiredEnum(task, Vars.REFUSAL_REASON, AdmissibilityRefusal.class);
                detail += "，不予受理理由 " + reason;
                status.assessed(reportNumber, outcome, reason);
            }
            case SUPPLEMENT -> TaskInput.required(task, Vars.SUPPLEMENT_REQUEST, 2000);
            case ADMITTED -> {
                if (authenticity == Authenticity.NOT_CREDIBLE) {
                    throw new BadUserRequestException("a report assessed as NOT_CREDIBLE cannot be admitted");
                }
                Date acceptedAt = Date.from(clock.now());
                Date opinionDueBy = clock.opinionDue((Date) task.getVariable(Vars.RECEIVED_AT),
                        (Date) task.getVariable(Vars.ACKNOWLEDGED_AT), acceptedAt);
                task.setVariable(Vars.ACCEPTED_AT, acceptedAt);
                task.setVariable(Vars.OPINION_DUE_BY, opinionDueBy);
                task.setVariable(Vars.EXTENDED_DAYS, 0);
                detail += "，调查意见期限 " + clock.day(opinionDueBy);
                status.assessed(reportNumber, outcome, null);
            }
            default -> throw new IllegalStateException(outcome.name());
        }
        if (note != null && !note.isBlank()) {
            detail += "；" + note;
        }
        events.append(reportNumber, CaseEventType.ADMISSIBILITY_DECIDED, detail);
    }
}
