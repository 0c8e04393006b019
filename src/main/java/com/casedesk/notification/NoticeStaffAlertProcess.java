package com.casedesk.notification;

import com.casedesk.process.ProcessVariable;

/**
 * Names and variables of {@code processes/notice/notice-staff-alert.bpmn}: a user task marked
 * {@code staffAlert} in its model was created, and its people are told by e-mail ({@link StaffAlerts}).
 * The only variable is the task's id: no case data, no recipient, no text.
 */
public final class NoticeStaffAlertProcess {

    public static final String KEY = "notice-staff-alert";
    /** The Camunda extension property (Modeler: Extension properties) that marks a user task for an alert. */
    public static final String PROPERTY = "staffAlert";

    public static final class Elements {
        public static final String TASK_CREATED = "StartEvent_TaskCreated";
        public static final String SEND_ALERT = "Task_SendStaffAlert";
        public static final String ALERTED = "EndEvent_Alerted";

        private Elements() {
        }
    }

    public static final class Vars {
        /** The id of the user task the alert is about. */
        public static final ProcessVariable<String> TASK_ID = ProcessVariable.string("taskId");

        private Vars() {
        }
    }

    private NoticeStaffAlertProcess() {
    }
}
