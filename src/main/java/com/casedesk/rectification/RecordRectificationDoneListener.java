package com.casedesk.rectification;

import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.TaskInput;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.rectification.RectificationProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Rectification carried out (落实整改): the result goes into the ledger and the action is DONE. */
@ModelFacing
@Component("recordRectificationDoneListener")
class RecordRectificationDoneListener implements TaskListener {

    private final RectificationActionRepository actions;
    private final RectificationClock clock;
    private final CaseEventLog events;

    RecordRectificationDoneListener(RectificationActionRepository actions, RectificationClock clock,
                                    CaseEventLog events) {
        this.actions = actions;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        String resultNote = TaskInput.required(task, Vars.RESULT_NOTE.name(), Rectifications.MAX_DESCRIPTION);
        RectificationAction action = actions.getById(RectificationProcess.actionId(task));
        action.complete(clock.now(), events.currentActor(), resultNote);
        actions.save(action);
        events.append(action.getCaseNumber(), CaseEventType.RECTIFICATION_DONE,
                "整改措施 #" + action.getId() + " 已完成：" + resultNote);
    }
}
