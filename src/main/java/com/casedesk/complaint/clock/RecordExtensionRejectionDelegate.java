package com.casedesk.complaint.clock;

import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@ModelFacing
@Component("recordExtensionRejectionDelegate")
class RecordExtensionRejectionDelegate implements JavaDelegate {

    private final CaseEventLog events;

    RecordExtensionRejectionDelegate(CaseEventLog events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.append(execution.getProcessBusinessKey(), CaseEventType.EXTENSION_REJECTED,
                ExtensionProcess.approvalNote(execution));
    }
}
