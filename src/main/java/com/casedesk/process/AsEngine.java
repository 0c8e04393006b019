package com.casedesk.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine queries for the service itself, not for the user whose action triggered them: the
 * current authentication is set aside and put back after. For answers that must not depend on who
 * happens to be logged in (who a staff alert goes to), never to widen what a user sees.
 */
public final class AsEngine {

    private AsEngine() {
    }

    /**
     * Runs engine work as this person, so the engine's authorizations and guards judge them: for the
     * service's own API acting on a person's behalf (the caller's previous authentication is put back).
     */
    public static <T> T callAs(IdentityService identity, String userId, java.util.List<String> groups, Supplier<T> work) {
        Authentication current = identity.getCurrentAuthentication();
        identity.setAuthentication(userId, groups);
        try {
            return work.get();
        } finally {
            if (current != null) {
                identity.setAuthentication(current);
            } else {
                identity.clearAuthentication();
            }
        }
    }

    public static <T> T call(IdentityService identity, Supplier<T> work) {
        Authentication current = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (current != null) {
                identity.setAuthentication(current);
            }
        }
    }
}
