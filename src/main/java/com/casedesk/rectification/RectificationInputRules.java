package com.casedesk.rectification;

import com.casedesk.casefile.RequiredInputs;
import com.casedesk.casefile.RequiredInputs.Field;
import com.casedesk.process.TaskAction.TaskFacts;
import com.casedesk.process.TaskInputRule;
import com.casedesk.rectification.RectificationProcess.Elements;
import com.casedesk.rectification.RectificationProcess.Vars;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The rectification forms' notes, checked before a person's complete runs (process/TaskInputGuard): an
 * empty result or supervision note is a 400 naming the field, not the engine's 500. The listeners
 * (RecordRectificationDoneListener, RecordRectificationSupervisionListener) check again for the service.
 */
@Component
class RectificationInputRules implements TaskInputRule {

    @Override
    public void check(TaskFacts task, Map<String, Object> submitted) {
        if (RequiredInputs.is(task, RectificationProcess.KEY, Elements.RECTIFY)) {
            RequiredInputs.check(task, submitted, new Field(Vars.RESULT_NOTE, "整改结果 Result",
                    Rectifications.MAX_DESCRIPTION));
        } else if (RequiredInputs.is(task, RectificationProcess.KEY, Elements.SUPERVISE)) {
            RequiredInputs.check(task, submitted, new Field(Vars.SUPERVISION_NOTE, "督办意见 Supervision note", 2000));
        }
    }
}
