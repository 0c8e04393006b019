package com.casedesk.complaint.access;

import com.casedesk.casefile.TaskInput;
import com.casedesk.process.TaskAction;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** The four-eyes rule of approval tasks: whoever asked, or decided, may not approve. */
public final class FourEyes {

    private FourEyes() {
    }

    /**
     * @param actor   the user assigned to or completing the task (null when unknown: a system call)
     * @param barred  the user who may not approve
     */
    public static boolean mayApprove(String actor, String barred) {
        return actor == null || !actor.equals(barred);
    }

    public static void require(DelegateTask task, String actor, String barred, String role) {
        require(task.getName(), actor, barred, role);
    }

    public static void require(String taskName, String actor, String barred, String role) {
        if (!mayApprove(actor, barred)) {
            throw new BadUserRequestException("四眼原则 (four-eyes): " + actor + " is the " + role
                    + " and cannot also approve '" + taskName + "'");
        }
    }

    /** Who a task command makes the approver: the person taking it, or the person completing it; nobody otherwise. */
    public static String approverOf(TaskAction.Kind kind, String actor, String target) {
        return switch (kind) {
            case TAKE -> target;
            case COMPLETE -> actor;
            case OTHER -> null;
        };
    }

    /** Radio buttons submit "true"/"false" strings; gateways need a Boolean. */
    public static boolean approved(DelegateTask task, String variable) {
        Boolean approved = answer(TaskInput.raw(task, variable));
        if (approved == null) {
            throw new BadUserRequestException(variable + " must be true or false");
        }
        TaskInput.store(task, variable, approved);
        return approved;
    }

    /** An approval form's answer, or null when it is neither yes nor no. */
    public static Boolean answer(Object value) {
        if (Boolean.TRUE.equals(value) || "true".equals(value)) {
            return true;
        }
        return Boolean.FALSE.equals(value) || "false".equals(value) ? false : null;
    }
}
