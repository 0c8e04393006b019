package com.casedesk.complaint.clock;

import com.casedesk.process.ProcessVariable;

import com.casedesk.complaint.ComplaintExtension;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names and variables of {@code processes/complaint/complaint-extension.bpmn}: the approval of an
 * extension (Art. 18) that {@link ComplaintActions} starts. Each variable is named and typed here once;
 * delegates and listeners read them through these methods, not by string and cast.
 */
public final class ExtensionProcess {

    public static final String KEY = "complaint-extension";

    public static final class Elements {
        /** 延期审批: the approver's task, under the four-eyes rule. */
        public static final String APPROVE = "Task_ApproveExtension";
        /** 调查期限延期审批: a department head approves more investigation days, under the four-eyes rule. */
        public static final String APPROVE_INVESTIGATION = "Task_ApproveInvestigationExtension";

        /** Whether the activity is one of the two approval tasks. */
        public static boolean isApproval(String activity) {
            return APPROVE.equals(activity) || APPROVE_INVESTIGATION.equals(activity);
        }

        private Elements() {
        }
    }

    public static final class Vars {
        public static final ProcessVariable<Long> EXTENSION_ID = ProcessVariable.longValue("extensionId");
        public static final ProcessVariable<String> EXTENSION_KIND = ProcessVariable.string("extensionKind");
        public static final ProcessVariable<Integer> EXTENSION_DAYS = ProcessVariable.integer("extensionDays");
        public static final ProcessVariable<String> EXTENSION_REASON = ProcessVariable.string("extensionReason");
        public static final ProcessVariable<String> APPROVER_GROUP = ProcessVariable.string("approverGroup");
        public static final ProcessVariable<String> REQUESTED_BY = ProcessVariable.string("requestedBy");
        public static final ProcessVariable<Boolean> APPROVED = ProcessVariable.bool("extensionApproved");
        public static final ProcessVariable<String> APPROVAL_NOTE = ProcessVariable.string("approvalNote");

        private Vars() {
        }
    }

    private ExtensionProcess() {
    }

    static long extensionId(VariableScope scope) {
        return Vars.EXTENSION_ID.get(scope);
    }

    static ComplaintExtension.Kind kind(VariableScope scope) {
        return ComplaintExtension.Kind.valueOf(Vars.EXTENSION_KIND.get(scope));
    }

    static String requestedBy(VariableScope scope) {
        return Vars.REQUESTED_BY.get(scope);
    }

    static String approvalNote(VariableScope scope) {
        return Vars.APPROVAL_NOTE.get(scope);
    }
}
