package com.casedesk.complaint;

import com.casedesk.process.ModelFacing;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Thresholds the complaint model asks about in its gateway conditions
 * ({@code ${complaintPolicy.needsCompensationApproval(compensationAmount)}}), read from
 * {@code casedesk.complaint.*}.
 */
@ModelFacing
@Component("complaintPolicy")
public class ComplaintPolicy {

    private final ComplaintProperties properties;

    ComplaintPolicy(ComplaintProperties properties) {
        this.properties = properties;
    }

    /** Compensation above the configured amount needs a second person's approval (4-eyes). */
    public boolean needsCompensationApproval(Object compensationAmount) {
        if (compensationAmount == null || compensationAmount.toString().isBlank()) {
            return false;
        }
        return new BigDecimal(compensationAmount.toString()).compareTo(properties.compensationApprovalAbove()) > 0;
    }

    /** After this many unsatisfied rounds the supervisor decides instead of another round. */
    public int maxUnsatisfiedRounds() {
        return properties.maxUnsatisfiedRounds();
    }
}
