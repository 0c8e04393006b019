package com.casedesk.whistleblowing;

import com.casedesk.casefile.RequiredInputs;
import com.casedesk.process.TaskAction.TaskFacts;
import com.casedesk.process.TaskInputRefused;
import com.casedesk.process.TaskStateRule;
import com.casedesk.whistleblowing.WbProcess.Elements;
import com.casedesk.whistleblowing.WbProcess.Vars;
import com.casedesk.whistleblowing.WbProperties.Regime;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the report's state allows an investigator to ask and the committee to grant, checked before the complete runs
 * (process/TaskInputGuard): an extension under the EU regime, or once the extensions are used up, is a
 * 409 naming the rule; no number of days, or more than are left, a 400 naming the days. The listener
 * ({@link InvestigationListener} through {@link Investigation}) applies the same rules for the service's
 * own calls.
 */
@Component
class WbStateRules implements TaskStateRule {

    private final WbClock clock;

    WbStateRules(WbClock clock) {
        this.clock = clock;
    }

    @Override
    public void check(TaskFacts task, Map<String, Object> submitted) {
        if (RequiredInputs.is(task, WbProcess.KEY, Elements.APPROVE_EXTENSION)
                && "true".equals(String.valueOf(value(task, submitted, Vars.EXTENSION_APPROVED.name())))) {
            // an approval task of an EU report (opened before the rule) grants nothing either
            WbExtensionRule.checkAllowed(clock.regimeOf((String) task.variable(Vars.REGIME.name())));
        }
        if (!RequiredInputs.is(task, WbProcess.KEY, Elements.INVESTIGATE)
                || !InvestigationOutcome.EXTENSION.name().equals(String.valueOf(value(task, submitted,
                Vars.INVESTIGATION_OUTCOME.name())))) {
            return;
        }
        Regime regime = clock.regimeOf((String) task.variable(Vars.REGIME.name()));
        WbExtensionRule.checkAllowed(regime);
        Object used = task.variable(Vars.EXTENDED_DAYS.name());
        int left = Investigation.daysLeft(clock.maxExtensionDays(regime, task.businessKey()),
                used instanceof Number number ? number.intValue() : 0);
        Object asked = value(task, submitted, Vars.EXTENSION_DAYS.name());
        Double days = asked == null ? null : number(asked.toString().strip());
        if (days == null || days < 1 || days.intValue() > left) {
            throw new TaskInputRefused(Vars.EXTENSION_DAYS.name(), "延期天数 Extension days: 须为1至" + left
                    + "日 must be between 1 and " + left + " days");
        }
    }

    /** The listener reads the submitted value, else the task's. */
    private static Object value(TaskFacts task, Map<String, Object> submitted, String name) {
        return submitted.containsKey(name) ? submitted.get(name) : task.variable(name);
    }

    private static Double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
