package com.casedesk.complaint.notice;

import com.casedesk.process.FailedJobObserver.FailedJob;
import org.springframework.context.ApplicationContext;

/** For tests outside this package: a notice of a case fails as an incident and escalates. */
public final class FailedNotices {

    private FailedNotices() {
    }

    public static void escalate(ApplicationContext context, String caseNumber) {
        context.getBean(NoticeFailures.class).incidentCreated(new FailedJob("incident-1", "complaint-notice", "pi-1",
                caseNumber, "Task_SendNotice", "channel SMS is down"));
    }
}
