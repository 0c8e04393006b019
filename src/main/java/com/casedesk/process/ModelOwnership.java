package com.casedesk.process;

import java.util.Collection;
import java.util.List;

/**
 * Who owns which model, as the access matrix says (security/AccessMatrix, issue 18): the engine seam asks
 * it when a person deploys, and the model APIs ask it what a person may see. Without an implementation
 * nothing is refused.
 */
public interface ModelOwnership {

    /** Whether a person in these groups owns the model of this process, decision or form key. */
    boolean owns(Collection<String> groups, String key);

    /** The groups that own this key, to name in a refusal; empty if unassigned. */
    List<String> ownersOf(String key);

    /** Whether a person in these groups owns any model at all (owners, administrators). */
    boolean ownsAny(Collection<String> groups);
}
