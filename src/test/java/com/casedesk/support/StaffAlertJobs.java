package com.casedesk.support;

import com.casedesk.notification.NoticeStaffAlertProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Escalation and exception tasks (marked {@code staffAlert}) start {@code notice-staff-alert}, whose job
 * sends the alert. A process test class is measured over every model it touches, so one that reaches such
 * a task runs the alerts' jobs after each test: the alert model is then measured whole (its own behaviour
 * is tested in NoticeStaffAlertProcessTest and EscalationAlertEmailTest), and the class's own model
 * keeps the coverage it had. The notices stay in the in-process test gateway.
 */
public final class StaffAlertJobs {

    private StaffAlertJobs() {
    }

    public static void sendPending(ManagementService management) {
        for (Job job : management.createJobQuery().processDefinitionKey(NoticeStaffAlertProcess.KEY)
                .withRetriesLeft().list()) {
            management.executeJob(job.getId());
        }
    }
}
