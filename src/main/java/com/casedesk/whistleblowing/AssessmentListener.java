package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.TaskInput;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.whistleblowing.WbProcess.Vars;
import java.util.Date;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 初步评估 Preliminary assessment completed: authenticity, urgency and admissibility. An admitted
 * report starts the investigation clock; a refusal needs its reason code; a supplement request its text.
 */
@ModelFacing
@Component("wbAssessmentListener")
class AssessmentListener implements TaskListener {

    enum Authenticity { CREDIBLE, UNCERTAIN, NOT_CREDIBLE }

    enum Urgency { NORMAL, URGENT }

    private final WbClock clock;
    private final CaseEventLog events;
    private final InvolvedPersons involved;
    private final IdentityService identity;
    private final ReportStatus status;

    AssessmentListener(WbClock clock, CaseEventLog events, InvolvedPersons involved, IdentityService identity,
                       ReportStatus status) {
        this.clock = clock;
        this.events = events;
        this.involved = involved;
        this.identity = identity;
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
        int named = registerInvolved(task, reportNumber);
        if (named > 0) {
            detail += "，回避人员 " + named + " 名";
        }
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

    /**
     * 独立分派: the staff the assessor found named in the report and the reported unit are barred
     * from the case before any investigator is chosen. Returns how many were registered.
     */
    private int registerInvolved(DelegateTask task, String reportNumber) {
        String staff = TaskInput.optional(task, Vars.INVOLVED_STAFF, 1000);
        String unit = TaskInput.optional(task, Vars.REPORTED_UNIT_GROUP, 64);
        var ids = new java.util.LinkedHashSet<String>();
        if (staff != null) {
            for (String id : staff.split("[,，;；\\s]+")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
        }
        for (String id : ids) {
            if (identity.createUserQuery().userId(id).count() == 0) {
                throw new BadUserRequestException(Vars.INVOLVED_STAFF + ": no staff member '" + id + "'");
            }
        }
        if (unit != null && !unit.isBlank() && involved.units().stream().noneMatch(g -> g.getId().equals(unit))) {
            throw new BadUserRequestException(Vars.REPORTED_UNIT_GROUP + ": not a unit: '" + unit + "'");
        }
        ids.forEach(id -> involved.register(reportNumber, id, "被举报人 named in the report (初步评估 assessment)"));
        if (unit != null && !unit.isBlank()) {
            involved.registerUnit(reportNumber, unit, "被举报单位 reported unit (初步评估 assessment)");
        }
        return ids.size() + (unit == null || unit.isBlank() ? 0 : 1);
    }
}
