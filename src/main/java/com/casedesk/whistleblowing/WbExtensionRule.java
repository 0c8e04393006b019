package com.casedesk.whistleblowing;

import com.casedesk.whistleblowing.WbProperties.Regime;
import com.casedesk.process.StateRuleViolation;

/**
 * Whether a report's investigation may be extended at all, by its regime. CN (举报办法, "generally
 * ≤30日", with the committee's approval): yes, within {@code max-extension-days}. EU: no — Directive
 * (EU) 2019/1937 Art. 9(1)(f) sets the feedback at most 3 months after the acknowledgement (or after
 * the end of the 7 days when none was sent) and gives internal channels no extension (only external
 * authorities get 6 months, Art. 11(2)(d)).
 */
final class WbExtensionRule {

    static final String EU_RULE = "欧盟制度不允许延期 No extension under the EU regime";
    static final String EU_REFUSAL = "须在确认收到后3个月内反馈举报人"
            + " (Directive (EU) 2019/1937 Art. 9(1)(f): no extension of the feedback period; the CN 30-day extension does not apply)";

    private WbExtensionRule() {
    }

    static boolean allowsExtension(Regime regime) {
        return regime != Regime.EU;
    }

    /** Refuses any extension of a report whose regime allows none, whoever asks or approves. */
    static void checkAllowed(Regime regime) {
        if (!allowsExtension(regime)) {
            throw new StateRuleViolation(EU_RULE, EU_REFUSAL);
        }
    }
}
