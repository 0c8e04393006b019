package com.casedesk.complaint.clock;

import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A rejected extension: the deadlines stay, the approver's note is logged ({@link Extensions}). */
@ModelFacing
@Component("recordExtensionRejectionDelegate")
class RecordExtensionRejectionDelegate implements JavaDelegate {

    private final Extensions extensions;

    RecordExtensionRejectionDelegate(Extensions extensions) {
        this.extensions = extensions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        extensions.rejected(execution.getProcessBusinessKey(), ExtensionProcess.extensionId(execution),
                ExtensionProcess.approvalNote(execution));
    }
}
