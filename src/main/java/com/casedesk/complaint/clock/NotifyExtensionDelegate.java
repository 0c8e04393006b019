package com.casedesk.complaint.clock;

import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Art. 18: the complainant is told of the extension and the new deadline. */
@ModelFacing
@Component("notifyExtensionDelegate")
class NotifyExtensionDelegate implements JavaDelegate {

    private final ClockNotices notices;

    NotifyExtensionDelegate(ClockNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.extensionGranted(execution.getProcessBusinessKey());
    }
}
