package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.whistleblowing.Admissibility.Assessment;
import com.casedesk.whistleblowing.Admissibility.Authenticity;
import com.casedesk.whistleblowing.Admissibility.Urgency;
import com.casedesk.whistleblowing.WbProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 初步评估 Preliminary assessment completed: the form read, the decision made by {@link Admissibility}. */
@ModelFacing
@Component("wbAssessmentListener")
class AssessmentListener implements TaskListener {

    private final Admissibility admissibility;

    AssessmentListener(Admissibility admissibility) {
        this.admissibility = admissibility;
    }

    @Override
    public void notify(DelegateTask task) {
        Authenticity authenticity = WbInput.requiredEnum(task, Vars.AUTHENTICITY, Authenticity.class);
        Urgency urgency = WbInput.requiredEnum(task, Vars.URGENCY, Urgency.class);
        AdmissibilityOutcome outcome = WbInput.requiredEnum(task, Vars.ADMISSIBILITY, AdmissibilityOutcome.class);
        var assessment = new Assessment(authenticity, urgency, outcome,
                outcome == AdmissibilityOutcome.REFUSED
                        ? WbInput.requiredEnum(task, Vars.REFUSAL_REASON, AdmissibilityRefusal.class) : null,
                outcome == AdmissibilityOutcome.SUPPLEMENT ? WbInput.required(task, Vars.SUPPLEMENT_REQUEST, 2000) : null,
                WbInput.optional(task, Vars.ASSESSMENT_NOTE, 2000), WbInput.optional(task, Vars.INVOLVED_STAFF, 1000),
                WbInput.optional(task, Vars.REPORTED_UNIT_GROUP, 64));
        Admissibility.Admitted admitted = admissibility.assess(task.getExecution().getProcessBusinessKey(), assessment,
                Vars.REGIME.get(task), Vars.RECEIVED_AT.get(task), Vars.ACKNOWLEDGED_AT.get(task));
        if (admitted != null) {
            Vars.ACCEPTED_AT.set(task, admitted.acceptedAt());
            Vars.OPINION_DUE_BY.set(task, admitted.opinionDueBy());
            Vars.EXTENDED_DAYS.set(task, 0);
        }
    }
}
