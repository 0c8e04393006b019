package com.casedesk.process;

import java.util.Map;
import java.util.Set;

/**
 * What a capability (complaints, whistleblowing, …) tells the engine seam about its variables: which
 * ones only the service writes (deadlines, levels, owners, routing facts), and which variables a
 * task may take from a person beyond its form's fields. Read by {@link TaskVariableGuard}.
 */
public interface VariableOwnership {

    /** Variables no person may write through any engine command, even if a form asked for them. */
    Set<String> serviceOwned();

    /**
     * Variables a person may send with a task beyond its form's editable fields, by task definition
     * key (the user task's id in the model). Empty unless a task really needs it.
     */
    default Map<String, Set<String>> extraTaskVariables() {
        return Map.of();
    }
}
