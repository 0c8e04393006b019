package com.casedesk.complaint.stuck;

import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 查找停滞案件: opens an exception task for every stuck case (see {@link StuckCases}). */
@ModelFacing
@Component("findStuckCasesDelegate")
class FindStuckCasesDelegate implements JavaDelegate {

    private final StuckCases stuckCases;

    FindStuckCasesDelegate(StuckCases stuckCases) {
        this.stuckCases = stuckCases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        stuckCases.raiseExceptions();
    }
}
