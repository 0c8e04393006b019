package com.casedesk.whistleblowing;

import com.casedesk.deadline.ServiceZone;
import com.casedesk.process.EngineCaller;
import com.casedesk.process.TaskAction.TaskFacts;
import com.casedesk.process.TaskFormDisplay;
import com.casedesk.whistleblowing.WbProcess.Vars;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the whistleblowing forms show beyond the process variables (issue 17): the assessment and opinion
 * deadlines as dates ({@code yyyy-MM-dd} in the service's zone) instead of raw timestamps. Taken from the
 * deadlines the process already holds, so nothing about the reporter is read or shown.
 */
@Component
class WbFormDisplay implements TaskFormDisplay {

    /** 受理评估期限 as a date. */
    static final String ASSESSMENT_DUE_DATE = "assessmentDueDate";
    /** 调查意见期限 as a date. */
    static final String OPINION_DUE_DATE = "opinionDueDate";
    /** The names, service-owned ({@link WbVariableOwnership}): shown-only fields of {@code forms/whistleblowing/}. */
    static final Set<String> NAMES = Set.of(ASSESSMENT_DUE_DATE, OPINION_DUE_DATE);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final ServiceZone zone;

    WbFormDisplay(ServiceZone zone) {
        this.zone = zone;
    }

    @Override
    public Set<String> names() {
        return NAMES;
    }

    @Override
    public Map<String, Object> values(TaskFacts task, EngineCaller caller, Set<String> wanted) {
        Map<String, Object> shown = new LinkedHashMap<>();
        if (!WbProcess.KEY.equals(task.processDefinitionKey())) {
            return shown;
        }
        shown.put(ASSESSMENT_DUE_DATE, day(task.variable(Vars.ASSESSMENT_DUE_BY.name())));
        shown.put(OPINION_DUE_DATE, day(task.variable(Vars.OPINION_DUE_BY.name())));
        return shown;
    }

    private String day(Object at) {
        return at instanceof Date date ? DAY.format(date.toInstant().atZone(zone.zone())) : null;
    }
}
