package com.casedesk.notification;

import com.casedesk.notification.NoticeRedeliveryProcess.Vars;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code notice-redelivery}'s job: the failed notice goes out by its case type's next channel. */
@ModelFacing
@Component("redeliverNoticeDelegate")
public class RedeliverNoticeDelegate implements JavaDelegate {

    private final NoticeRedelivery redelivery;

    RedeliverNoticeDelegate(NoticeRedelivery redelivery) {
        this.redelivery = redelivery;
    }

    @Override
    public void execute(DelegateExecution execution) {
        redelivery.redeliver(Vars.FAILED_NOTICE_ID.require(execution));
    }
}
