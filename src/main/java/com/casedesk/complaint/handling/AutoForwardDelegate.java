package com.casedesk.complaint.handling;

import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 自动提交领导小组: the department head did not forward a Level 1 case in time, so it goes to the
 * leadership group anyway and the delay is recorded as an exception.
 */
@ModelFacing
@Component("autoForwardDelegate")
class AutoForwardDelegate implements JavaDelegate {

    private final CaseRecords records;

    AutoForwardDelegate(CaseRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.forwardedAutomatically(execution.getProcessBusinessKey());
    }
}
