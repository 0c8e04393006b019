package com.casedesk.complaint.clock;

import com.casedesk.complaint.ComplaintExtension;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names and variables of {@code processes/complaint/complaint-extension.bpmn}: the approval of an
 * extension (Art. 18) that {@link ComplaintActions} starts. Each variable is named and typed here once;
 * delegates and listeners read them through these methods, not by string and cast.
 */
public final class ExtensionProcess {

    public static final String KEY = "complaint-extension";

    public static final class Vars {
        public static final String EXTENSION_ID = "extensionId";
        public static final String EXTENSION_KIND = "extensionKind";
        public static final String EXTENSION_DAYS = "extensionDays";
        public static final String EXTENSION_REASON = "extensionReason";
        public static final String APPROVER_GROUP = "approverGroup";
        public static final String REQUESTED_BY = "requestedBy";
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
