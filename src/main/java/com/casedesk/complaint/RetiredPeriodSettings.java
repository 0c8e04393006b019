package com.casedesk.complaint;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The {@code casedesk.complaint.*} settings that became rows of the company periods table. An installation's
 * own configuration that still sets one would otherwise be ignored without a word: each is named at
 * start-up with the row that replaced it.
 */
@Component
class RetiredPeriodSettings {

    private static final Logger LOG = LoggerFactory.getLogger(RetiredPeriodSettings.class);

    /** Setting → its row in complaint-periods.dmn. */
    static final List<List<String>> RETIRED = List.of(
            List.of("handover-within", "complaint-periods HANDOVER"),
            List.of("forward-to-leadership-within", "complaint-periods FORWARD_TO_LEADERSHIP"),
            List.of("leadership-meeting-within", "complaint-periods LEADERSHIP_MEETING"),
            List.of("progress-report-every", "complaint-periods PROGRESS_REPORT_EVERY"),
            List.of("progress-report-within", "complaint-periods PROGRESS_REPORT_WITHIN"),
            List.of("callback-within", "complaint-periods CALLBACK"),
            List.of("reminder-before", "complaint-periods REMINDER_BEFORE"),
            List.of("escalation-task-within", "complaint-periods ESCALATION_TASK"),
            List.of("compensation-approval-above", "complaint-thresholds COMPENSATION_APPROVAL_ABOVE"),
            List.of("max-unsatisfied-rounds", "complaint-thresholds MAX_UNSATISFIED_ROUNDS"));

    RetiredPeriodSettings(Environment environment) {
        warnings(environment).forEach(LOG::warn);
    }

    static List<String> warnings(Environment environment) {
        return RETIRED.stream().filter(r -> environment.containsProperty("casedesk.complaint." + r.get(0)))
                .map(r -> "casedesk.complaint." + r.get(0) + " is set but no longer read: the value is the row "
                        + r.get(1) + " of processes/complaint/complaint-periods.dmn, which process owners deploy from Modeler")
                .toList();
    }
}
