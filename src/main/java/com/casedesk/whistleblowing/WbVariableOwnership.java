package com.casedesk.whistleblowing;

import com.casedesk.process.ProcessVariable;
import com.casedesk.process.VariableOwnership;
import com.casedesk.whistleblowing.WbProcess.Vars;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The variables of the whistleblowing process that only the service writes: the report's facts as
 * received, its deadlines and the people the service recorded (investigator, requester, decider), and
 * what the forms show beside them, computed when a form is read ({@link WbFormDisplay}).
 */
@Component
class WbVariableOwnership implements VariableOwnership {

    private static final Set<String> OWNED = Stream.of(
            Vars.REPORT_NUMBER, Vars.PSEUDONYM, Vars.ANONYMOUS, Vars.RECEIVED_AT, Vars.REPORTED_UNIT, Vars.REGIME,
            Vars.ACKNOWLEDGED_AT, Vars.SUPPLEMENT_REQUESTED_AT, Vars.ACCEPTED_AT, Vars.CLOSED_AT,
            Vars.ASSESSMENT_DUE_BY, Vars.OPINION_DUE_BY, Vars.EXTENDED_DAYS,
            Vars.INVESTIGATOR, Vars.EXTENSION_REQUESTED_BY, Vars.DECIDED_BY)
            .map(ProcessVariable::name).collect(Collectors.collectingAndThen(Collectors.toSet(), owned -> {
                owned.addAll(WbFormDisplay.NAMES);
                return Set.copyOf(owned);
            }));

    @Override
    public Set<String> serviceOwned() {
        return OWNED;
    }
}
