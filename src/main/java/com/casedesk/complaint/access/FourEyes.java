package com.casedesk.complaint.access;

import com.casedesk.casefile.TaskInput;
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
    public static void require(DelegateTask task, String actor, String barred, String role) {
        if (actor != null && actor.equals(barred)) {
            throw new BadUserRequestException("四眼原则 (four-eyes): " + actor + " is the " + role
                    + " and cannot also approve '" + task.getName() + "'");
        }
    }

    /** Radio buttons submit "true"/"false" strings; gateways need a Boolean. */
    public static boolean approved(DelegateTask task, String variable) {
        Object value = TaskInput.raw(task, variable);
        boolean approved = Boolean.TRUE.equals(value) || "true".equals(value);
        if (value == null || !(approved || Boolean.FALSE.equals(value) || "false".equals(value))) {
            throw new BadUserRequestException(variable + " must be true or false");
        }
        TaskInput.store(task, variable, approved);
        return approved;
    }
}
