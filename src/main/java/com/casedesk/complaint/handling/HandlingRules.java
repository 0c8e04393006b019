package com.casedesk.complaint.handling;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintProcess.CallbackOutcome;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.complaint.DecisionMeasure;
import com.casedesk.complaint.DecisionResult;
import com.casedesk.complaint.RootCause;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The handling rules as plain functions over the ledger row and form answers: what the answers may be,
 * what an on-the-spot resolution records, what a new round resets. {@link Handling} loads and saves;
 * the listeners only read the forms.
 */
final class HandlingRules {

    static final String ON_SPOT_FINDINGS = "当场核实";
    static final String REHANDLE = "REHANDLE";
    static final String CLOSE = "CLOSE";
    static final Set<String> CALLBACK_OUTCOMES =
            Set.of(CallbackOutcome.SATISFIED, CallbackOutcome.UNSATISFIED, CallbackOutcome.UNREACHABLE);

    /** A decision as the decision form states it; {@code measure} is absent on decisions from before the form had it. */
    record Decision(DecisionResult result, DecisionMeasure measure, String resolution, BigDecimal compensation) {
    }

    /** A Level 3 case resolved by the front line on the spot, and whether the complainant said they were satisfied. */
    record OnSpot(DecisionResult result, String resolution, RootCause rootCause, boolean satisfied) {
    }

    private HandlingRules() {
    }

    static String callbackOutcome(String outcome) {
        if (!CALLBACK_OUTCOMES.contains(outcome)) {
            throw new BadUserRequestException(Vars.CALLBACK_OUTCOME + " must be one of " + CALLBACK_OUTCOMES);
        }
        return outcome;
    }

    /** After repeated unsatisfied rounds the supervisor either has the case handled again or closes it. */
    static String supervisorOutcome(String outcome) {
        if (!Set.of(REHANDLE, CLOSE).contains(outcome)) {
            throw new BadUserRequestException(Vars.SUPERVISOR_OUTCOME + " must be REHANDLE or CLOSE");
        }
        return outcome;
    }

    /** Satisfied on the spot only with a resolution on the spot: the gateway after handling relies on it. */
    static boolean satisfiedOnSpot(boolean resolved, boolean satisfiedAnswer) {
        return resolved && satisfiedAnswer;
    }

    /**
     * Resolved on the spot: findings and decision at once (a root cause on every decided case, JR/T 0169),
     * and a complainant satisfied on the spot needs no callback.
     */
    static void resolveOnSpot(Complaint complaint, OnSpot onSpot, Instant at, String actor) {
        complaint.recordFindings(ON_SPOT_FINDINGS, onSpot.rootCause().name());
        complaint.recordDecision(onSpot.result(), onSpot.resolution(), null, at, actor);
        if (onSpot.satisfied()) {
            complaint.recordCallback(CallbackOutcome.SATISFIED);
        }
    }

    /** The complainant is not satisfied: a new round, owned again by the level's handling group. */
    static int reopen(Complaint complaint, String handlingGroup) {
        complaint.reopen();
        complaint.assignTo(handlingGroup);
        return complaint.getHandlingRound();
    }

    static String decisionDetail(Decision d) {
        return d.result().label() + " (" + d.result() + ")"
                + (d.measure() == null ? "" : "，" + d.measure().label())
                + (d.compensation() == null ? "" : ", 赔偿 " + d.compensation().toPlainString() + " 元");
    }

    /** An optional note joins the event's text after a colon; an empty one leaves it as it is. */
    static String withNote(String text, String note) {
        return text + (note == null || note.isEmpty() ? "" : ": " + note);
    }
}
