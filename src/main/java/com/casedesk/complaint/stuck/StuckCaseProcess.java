package com.casedesk.complaint.stuck;

import com.casedesk.process.ProcessVariable;

/**
 * Names shared by {@code processes/complaint/complaint-stuck-sweep.bpmn},
 * {@code processes/complaint/complaint-exception.bpmn}, their Java and their tests.
 */
public final class StuckCaseProcess {

    /** The hourly sweep: a timer start event, then {@link FindStuckCasesDelegate}. */
    public static final String SWEEP_KEY = "complaint-stuck-sweep";
    /** One instance per stuck case, business key = case number: the supervisors' exception task. */
    public static final String EXCEPTION_KEY = "complaint-exception";

    public static final class Elements {
        public static final String SWEEP_TIMER = "StartEvent_SweepDue";
        public static final String FIND_STUCK = "Task_FindStuckCases";
        public static final String SWEPT = "EndEvent_Swept";
        public static final String EXCEPTION_RAISED = "StartEvent_ExceptionRaised";
        public static final String HANDLE_EXCEPTION = "Task_HandleException";
        public static final String EXCEPTION_HANDLED = "EndEvent_ExceptionHandled";

        private Elements() {
        }
    }

    public static final class Vars {
        public static final ProcessVariable<String> CASE_NUMBER = ProcessVariable.string("caseNumber");
        public static final ProcessVariable<Integer> LEVEL = ProcessVariable.integer("level");
        /** How long the case had no progress, in words (e.g. "3天"), for the form. */
        public static final ProcessVariable<String> STUCK_FOR = ProcessVariable.string("stuckFor");
        public static final ProcessVariable<String> EXCEPTION_NOTE = ProcessVariable.string("exceptionNote");

        private Vars() {
        }
    }

    private StuckCaseProcess() {
    }
}
