package com.casedesk.retention;

import com.casedesk.process.ProcessVariable;

/** Names shared by {@code processes/retention/retention-sweep.bpmn}, its Java and its test. */
public final class RetentionProcess {

    public static final String KEY = "retention-sweep";

    public static final class Elements {
        public static final String SWEEP_DUE = "StartEvent_RetentionDue";
        /** Where the first batch and every further one join. */
        public static final String NEXT_BATCH = "Gateway_NextBatch";
        public static final String ANONYMIZE_BATCH = "Task_AnonymizeBatch";
        public static final String MORE_LEFT = "Gateway_MoreLeft";
        public static final String DONE = "EndEvent_RetentionDone";

        private Elements() {
        }
    }

    public static final class Vars {
        /** True when the last batch was full: another batch follows, in its own transaction. */
        public static final ProcessVariable<Boolean> MORE_LEFT = ProcessVariable.bool("moreLeft");
        /** Cases anonymized by this sweep so far (a count, no case numbers). */
        public static final ProcessVariable<Integer> ANONYMIZED = ProcessVariable.integer("anonymized");

        private Vars() {
        }
    }

    private RetentionProcess() {
    }
}
