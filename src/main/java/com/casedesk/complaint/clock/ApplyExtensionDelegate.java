package com.casedesk.complaint.clock;

import com.casedesk.complaint.ComplaintExtension;
import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An approved extension moves the reply deadline (60 days at most) or the investigation deadline (within the reply deadline). */
@ModelFacing
@Component("applyExtensionDelegate")
class ApplyExtensionDelegate implements JavaDelegate {

    private final StatutoryClock statutoryClock;
    private final InvestigationClock investigationClock;
    private final DeadlinePropagation propagation;
    private final CaseEventLog events;

    ApplyExtensionDelegate(StatutoryClock statutoryClock, InvestigationClock investigationClock,
                           DeadlinePropagation propagation, CaseEventLog events) {
        this.statutoryClock = statutoryClock;
        this.investigationClock = investigationClock;
        this.propagation = propagation;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        events.append(caseNumber, CaseEventType.EXTENSION_APPROVED, ExtensionProcess.approvalNote(execution));
        if (ExtensionProcess.kind(execution) == ComplaintExtension.Kind.INVESTIGATION) {
            propagation.propagate(investigationClock.extend(caseNumber, ExtensionProcess.days(execution)));
        } else {
            statutoryClock.extend(caseNumber);
        }
    }
}
