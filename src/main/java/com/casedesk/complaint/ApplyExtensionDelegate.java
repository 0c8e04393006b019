package com.casedesk.complaint;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An approved extension moves the statutory deadline by the extension days (60 at most). */
@Component("applyExtensionDelegate")
class ApplyExtensionDelegate implements JavaDelegate {

    private final StatutoryClock statutoryClock;
    private final CaseEventLog events;

    ApplyExtensionDelegate(StatutoryClock statutoryClock, CaseEventLog events) {
        this.statutoryClock = statutoryClock;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        events.append(caseNumber, CaseEventType.EXTENSION_APPROVED, (String) execution.getVariable("approvalNote"));
        statutoryClock.extend(caseNumber);
    }
}
