package com.casedesk.complaint.intake;

import com.casedesk.casefile.TaskInput;
import com.casedesk.complaint.intake.RepeatReviewProcess.Vars;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The handling group judged a repeat's material: new facts or reasons restart the clock (Art. 18 ¶3). */
@ModelFacing
@Component("recordRepeatJudgementListener")
class RecordRepeatJudgementListener implements TaskListener {

    private final RepeatJudgements judgements;

    RecordRepeatJudgementListener(RepeatJudgements judgements) {
        this.judgements = judgements;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean newFacts = TaskInput.requiredBoolean(task, Vars.FACTS_NEW);
        String reason = TaskInput.required(task, Vars.JUDGEMENT_REASON, 2000);
        judgements.judge(Vars.CASE_NUMBER.get(task), Vars.REPEAT_CASE_NUMBER.get(task), newFacts, reason,
                task.getAssignee());
    }
}
