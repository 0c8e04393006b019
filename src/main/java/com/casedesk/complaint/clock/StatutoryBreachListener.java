package com.casedesk.complaint.clock;

import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The escalation task of a statutory breach opens: the breach is recorded as {@code STATUTORY_DEADLINE_MISSED}. */
@ModelFacing
@Component("statutoryBreachListener")
class StatutoryBreachListener implements TaskListener {

    private final StatutoryWatch watch;

    StatutoryBreachListener(StatutoryWatch watch) {
        this.watch = watch;
    }

    @Override
    public void notify(DelegateTask task) {
        watch.breached(task.getExecution().getProcessBusinessKey());
    }
}
