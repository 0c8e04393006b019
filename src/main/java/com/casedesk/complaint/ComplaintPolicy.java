package com.casedesk.complaint;

import com.casedesk.process.ModelFacing;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Thresholds the complaint model asks about in its gateway conditions
 * ({@code ${complaintPolicy.needsCompensationApproval(compensationAmount)}}), read from
 * the decision table {@code complaint-thresholds} through {@link CompanyPeriods} (latest version: a process
 * owner's change applies to the next decision taken). The rules themselves are the static methods, callable with plain values.
 */
@ModelFacing
@Component("complaintPolicy")
public class ComplaintPolicy {

    private final CompanyPeriods periods;

    ComplaintPolicy(CompanyPeriods periods) {
        this.periods = periods;
    }

    /** Compensation above the table's amount needs a second person's approval (4-eyes). */
    public boolean needsCompensationApproval(Object compensationAmount) {
        return needsCompensationApproval(compensationAmount, periods.compensationApprovalAbove());
    }

    /** After this many unsatisfied rounds the supervisor decides instead of another round. */
    public int maxUnsatisfiedRounds() {
        return periods.maxUnsatisfiedRounds();
    }

    /**
     * Strictly above the threshold needs approval; exactly the threshold does not. No amount (the form
     * leaves it empty when nothing is paid) needs none.
     */
    public static boolean needsCompensationApproval(Object compensationAmount, BigDecimal approvalAbove) {
        if (compensationAmount == null || compensationAmount.toString().isBlank()) {
            return false;
        }
        return new BigDecimal(compensationAmount.toString()).compareTo(approvalAbove) > 0;
    }

    /**
     * After an unsatisfied callback in round {@code handlingRound}, another round follows while fewer than
     * {@code maxRounds} were handled; from the last allowed round on the supervisor decides (the model's
     * gateway after the callback: {@code handlingRound < complaintPolicy.maxUnsatisfiedRounds()}).
     */
    public static boolean anotherRoundAfterUnsatisfied(int handlingRound, int maxRounds) {
        return handlingRound < maxRounds;
    }
}
