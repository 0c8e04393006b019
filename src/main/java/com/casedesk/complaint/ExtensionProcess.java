package com.casedesk.complaint;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names and variables of {@code processes/complaint/complaint-extension.bpmn}: the approval of an
 * extension (Art. 18) that {@link ComplaintActions} starts. Each variable is named and typed here once;
 * delegates and listeners read them through these methods, not by string and cast.
 */
final class ExtensionProcess {

    static final String KEY = "complaint-extension";

    static final class Vars {
        static final String EXTENSION_ID = "extensionId";
        static final String EXTENSION_KIND = "extensionKind";
        static final String EXTENSION_DAYS = "extensionDays";
        static final String EXTENSION_REASON = "extensionReason";
        static final String APPROVER_GROUP = "approverGroup";
        static final String REQUESTED_BY = "requestedBy";
        static final String APPROVED = "extensionApproved";
        static final String APPROVAL_NOTE = "approvalNote";

        private Vars() {
        }
    }

    private ExtensionProcess() {
    }

    static long extensionId(VariableScope scope) {
        return ((Number) scope.getVariable(Vars.EXTENSION_ID)).longValue();
    }

    static ComplaintExtension.Kind kind(VariableScope scope) {
        return ComplaintExtension.Kind.valueOf((String) scope.getVariable(Vars.EXTENSION_KIND));
    }

    static int days(VariableScope scope) {
        return ((Number) scope.getVariable(Vars.EXTENSION_DAYS)).intValue();
    }

    static String requestedBy(VariableScope scope) {
        return (String) scope.getVariable(Vars.REQUESTED_BY);
    }

    static String approvalNote(VariableScope scope) {
        return (String) scope.getVariable(Vars.APPROVAL_NOTE);
    }
}
