package com.casedesk.whistleblowing;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.whistleblowing.WbProcess.Vars;
import java.util.Date;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Component;

/**
 * 初步评估 The preliminary assessment: whether a report is admitted, refused (with a reason the
 * reporter is told) or waits for a supplement. An admitted report starts the investigation clock; the
 * staff and unit the assessor found named are barred from the case before any investigator is chosen.
 */
// not "admissibility": a bean of that name would shadow the process variable in the model's conditions
@Component("wbAdmissibility")
class Admissibility {

    enum Authenticity { CREDIBLE, UNCERTAIN, NOT_CREDIBLE }

    enum Urgency { NORMAL, URGENT }

    /**
     * What the assessor entered.
     *
     * @param refusal          the reason, when refused
     * @param supplementRequest what the reporter is asked for, when a supplement is requested
     * @param involvedStaff    staff user ids named in the report, as typed (comma- or space-separated)
     * @param reportedUnitGroup the department group of the reported unit, if one of the institution's
     */
    record Assessment(Authenticity authenticity, Urgency urgency, AdmissibilityOutcome outcome,
                      AdmissibilityRefusal refusal, String supplementRequest, String note,
                      String involvedStaff, String reportedUnitGroup) {
    }

    /** An admitted report: when, and when its written opinion falls due. */
    record Admitted(Date acceptedAt, Date opinionDueBy) {
    }

    private final WbClock clock;
    private final CaseEventLog events;
    private final InvolvedPersons involved;
    private final ReportStatus status;

    Admissibility(WbClock clock, CaseEventLog events, InvolvedPersons involved, ReportStatus status) {
        this.clock = clock;
        this.events = events;
        this.involved = involved;
        this.status = status;
    }

    /**
     * The rules of the decision itself: a refusal needs its reason, a supplement request its text, and
     * what is not credible is not admitted (it may be refused or sent back for a supplement).
     */
    static void check(Assessment assessment) {
        switch (assessment.outcome()) {
            case REFUSED -> {
                if (assessment.refusal() == null) {
                    throw new BadUserRequestException(Vars.REFUSAL_REASON.name() + " is required to refuse a report");
                }
            }
            case SUPPLEMENT -> {
                if (assessment.supplementRequest() == null || assessment.supplementRequest().isBlank()) {
                    throw new BadUserRequestException(Vars.SUPPLEMENT_REQUEST.name() + " is required to request a supplement");
                }
            }
            case ADMITTED -> {
                if (assessment.authenticity() == Authenticity.NOT_CREDIBLE) {
                    throw new BadUserRequestException("a report assessed as NOT_CREDIBLE cannot be admitted");
                }
            }
        }
    }

    /** The case event's text: outcome, authenticity, urgency, how many recused, reason or due date, note. */
    static String detail(Assessment assessment, int recused, String opinionDueDay) {
        StringBuilder detail = new StringBuilder().append(assessment.outcome()).append("，真实性 ")
                .append(assessment.authenticity()).append("，紧急程度 ").append(assessment.urgency());
        if (recused > 0) {
            detail.append("，回避人员 ").append(recused).append(" 名");
        }
        if (assessment.outcome() == AdmissibilityOutcome.REFUSED) {
            detail.append("，不予受理理由 ").append(assessment.refusal());
        } else if (assessment.outcome() == AdmissibilityOutcome.ADMITTED) {
            detail.append("，调查意见期限 ").append(opinionDueDay);
        }
        if (assessment.note() != null && !assessment.note().isBlank()) {
            detail.append("；").append(assessment.note());
        }
        return detail.toString();
    }

    /**
     * Records the assessment of a report received at {@code receivedAt} (acknowledged at
     * {@code acknowledgedAt}, if it was) under its {@code regime} (the variable; null on models before
     * version 4: the installation's): the involved are barred, the outcome is recorded for the
     * statistics and in the case's events.
     *
     * @return the admission, or null when the report was refused or a supplement requested
     */
    Admitted assess(String reportNumber, Assessment assessment, String regime, Date receivedAt, Date acknowledgedAt) {
        check(assessment);
        int recused = involved.registerNamedInAssessment(reportNumber, assessment.involvedStaff(),
                assessment.reportedUnitGroup());
        Admitted admitted = null;
        if (assessment.outcome() == AdmissibilityOutcome.ADMITTED) {
            Date acceptedAt = Date.from(clock.now());
            admitted = new Admitted(acceptedAt, clock.opinionDue(clock.regimeOf(regime), reportNumber, receivedAt,
                    acknowledgedAt, acceptedAt));
        }
        if (assessment.outcome() != AdmissibilityOutcome.SUPPLEMENT) {
            status.assessed(reportNumber, assessment.outcome(),
                    assessment.outcome() == AdmissibilityOutcome.REFUSED ? assessment.refusal() : null);
        }
        events.append(reportNumber, CaseEventType.ADMISSIBILITY_DECIDED,
                detail(assessment, recused, admitted == null ? null : clock.day(admitted.opinionDueBy())));
        return admitted;
    }
}
