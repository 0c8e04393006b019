package com.casedesk.process;

import java.util.Set;
import org.springframework.stereotype.Component;

/** No person writes a Tasklist card value ({@link TaskCard}): they are the service's view of the case. */
@Component
class TaskCardOwnership implements VariableOwnership {

    private static final Set<String> CARD_VARIABLES = Set.of(TaskCard.Vars.CASE_NUMBER.name(), TaskCard.Vars.LEVEL.name(),
            TaskCard.Vars.CATEGORY.name(), TaskCard.Vars.REPLY_DUE.name());

    @Override
    public Set<String> serviceOwned() {
        return CARD_VARIABLES;
    }
}
