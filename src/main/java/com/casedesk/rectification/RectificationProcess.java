package com.casedesk.rectification;

import com.casedesk.process.ProcessVariable;
import java.util.Date;

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
        public static final ProcessVariable<Long> RECTIFICATION_ID = ProcessVariable.longValue("rectificationId");
        public static final ProcessVariable<String> CASE_NUMBER = ProcessVariable.string("caseNumber");
        public static final ProcessVariable<String> DESCRIPTION = ProcessVariable.string("description");
        public static final ProcessVariable<String> DEPARTMENT = ProcessVariable.string("department");
        /** The assignee, or null: then the department's members claim the task. */
        public static final ProcessVariable<String> OWNER = ProcessVariable.string("owner");
        /** End of the deadline day, for the timers and the due date. */
        public static final ProcessVariable<Date> DEADLINE = ProcessVariable.date("deadline");
        /** The deadline day as entered (yyyy-MM-dd), for the forms. */
        public static final ProcessVariable<String> DEADLINE_DAY = ProcessVariable.string("deadlineDay");
        public static final ProcessVariable<String> RESULT_NOTE = ProcessVariable.string("resultNote");
        public static final ProcessVariable<String> SUPERVISION_NOTE = ProcessVariable.string("supervisionNote");
        /**
         * In the ORDERING process (not in complaint-rectification): the ids of the actions a task's rows
         * just opened, the collection of the multi-instance call activity that starts their processes.
         */
        public static final ProcessVariable<java.util.List<Long>> ORDERED_IDS =
                ProcessVariable.list("rectificationIds", Long.class);

        private Vars() {
        }
    }

    /** The ledger id of the action a task or job belongs to. */
    static long actionId(VariableScope scope) {
        return Vars.RECTIFICATION_ID.get(scope);
    }

    private RectificationProcess() {
    }
}
