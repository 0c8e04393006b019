package com.casedesk.notification;

import com.casedesk.notification.NoticeStaffAlertProcess.Vars;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code notice-staff-alert}'s job: the people of the task are told that it waits. */
@ModelFacing
@Component("sendStaffAlertDelegate")
public class SendStaffAlertDelegate implements JavaDelegate {

    private final StaffAlerts alerts;

    SendStaffAlertDelegate(StaffAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        alerts.alert(Vars.TASK_ID.require(execution));
    }
}
