package com.casedesk.complaint.clock;

import com.casedesk.complaint.clock.ExtensionProcess.Vars;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An approved extension moves the reply deadline (60 days at most) or the investigation deadline (within the reply deadline). */
@ModelFacing
@Component("applyExtensionDelegate")
class ApplyExtensionDelegate implements JavaDelegate {

    private final Extensions extensions;

    ApplyExtensionDelegate(Extensions extensions) {
        this.extensions = extensions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the days are set only for an investigation extension
        extensions.apply(execution.getProcessBusinessKey(), ExtensionProcess.kind(execution),
                ExtensionProcess.extensionId(execution), Vars.EXTENSION_DAYS.get(execution), ExtensionProcess.approvalNote(execution));
    }
}
