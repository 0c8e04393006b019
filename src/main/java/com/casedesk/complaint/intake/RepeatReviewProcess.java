package com.casedesk.complaint.intake;

import com.casedesk.process.ProcessVariable;

/**
 * Names and variables of {@code processes/complaint/complaint-repeat-review.bpmn}: the handling group
 * judges whether a repeat merged into an open case brings new facts or reasons (Art. 18 ¶3) before its
 * clock restarts. Started by {@link RepeatJudgements} on the merge, business key = the open case.
 */
public final class RepeatReviewProcess {

    public static final String KEY = "complaint-repeat-review";

    public static final class Elements {
        public static final String RECEIVED = "StartEvent_RepeatWithNewMaterial";
        public static final String JUDGE = "Task_JudgeRepeatFacts";
        public static final String JUDGED = "EndEvent_RepeatJudged";

        private Elements() {
        }
    }

    public static final class Vars {
        public static final ProcessVariable<String> CASE_NUMBER = ProcessVariable.string("caseNumber");
        public static final ProcessVariable<String> REPEAT_CASE_NUMBER = ProcessVariable.string("repeatCaseNumber");
        /** When the repeat arrived: the clock restarts from here if its facts are judged new. */
        public static final ProcessVariable<java.util.Date> REPEAT_RECEIVED_AT = ProcessVariable.date("repeatReceivedAt");
        public static final ProcessVariable<String> REPEAT_REQUEST = ProcessVariable.string("repeatRequest");
        public static final ProcessVariable<String> REPEAT_FACTS = ProcessVariable.string("repeatFacts");
        public static final ProcessVariable<String> HANDLING_GROUP = ProcessVariable.string("handlingGroup");
        /** The judgement (form): "true" new facts or reasons, "false" none. */
        public static final ProcessVariable<Boolean> FACTS_NEW = ProcessVariable.bool("repeatFactsNew");
        public static final ProcessVariable<String> JUDGEMENT_REASON = ProcessVariable.string("repeatJudgementReason");

        private Vars() {
        }
    }

    private RepeatReviewProcess() {
    }
}
