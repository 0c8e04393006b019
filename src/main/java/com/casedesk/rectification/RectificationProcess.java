package com.casedesk.rectification;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names shared by the model {@code processes/complaint/complaint-rectification.bpmn}, its listeners
 * and delegates, and its tests. A renamed element or variable is changed here once.
 */
public final class RectificationProcess {

    public static final String KEY = "complaint-rectification";

    public static final class Elements {
        public static final String START = "StartEvent_RectificationOrdered";
        public static final String RECTIFY = "Task_Rectify";
        public static final String DONE = "EndEvent_RectificationDone";
        public static final String REMINDER_TIMER = "Timer_RectificationReminder";
        public static final String REMIND = "Task_RemindRectificationOwner";
        public static final String REMINDED = "EndEvent_RectificationReminded";
        public static final String OVERDUE_TIMER = "Timer_RectificationOverdue";
        public static final String SUPERVISE = "Task_SuperviseRectification";
        public static final String SUPERVISED = "EndEvent_RectificationSupervised";

        private Elements() {
        }
    }

    public static final class Vars {
        public static final String RECTIFICATION_ID = "rectificationId";
        public static final String CASE_NUMBER = "caseNumber";
        public static final String DESCRIPTION = "description";
        public static final String DEPARTMENT = "department";
        /** The assignee, or null: then the department's members claim the task. */
        public static final String OWNER = "owner";
        /** End of the deadline day, for the timers and the due date. */
        public static final String DEADLINE = "deadline";
        /** The deadline day as entered (yyyy-MM-dd), for the forms. */
        public static final String DEADLINE_DAY = "deadlineDay";
        public static final String RESULT_NOTE = "resultNote";
        public static final String SUPERVISION_NOTE = "supervisionNote";

        private Vars() {
        }
    }

    /** The ledger id of the action a task or job belongs to. */
    static long actionId(VariableScope scope) {
        return ((Number) scope.getVariable(Vars.RECTIFICATION_ID)).longValue();
    }

    private RectificationProcess() {
    }
}
