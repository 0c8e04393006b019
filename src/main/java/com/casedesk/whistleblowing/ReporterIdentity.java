package com.casedesk.whistleblowing;

/**
 * A real-name reporter's identity and contact. Lives in memory only long enough to be sealed by the
 * {@link IdentityVault} or shown to the custodian; never logged (toString is redacted).
 */
public record ReporterIdentity(String name, String phone, String email) {

    @Override
    public String toString() {
        return "ReporterIdentity[redacted]";
    }
}
