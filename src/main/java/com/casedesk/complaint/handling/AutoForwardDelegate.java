package com.casedesk.complaint.handling;

import com.casedesk.complaint.ComplaintProperties;
import com.casedesk.complaint.notice.ComplaintNotices;
import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.security.StaffGroups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 自动提交领导小组: the department head did not forward a Level 1 case in time, so it goes to the
 * leadership group anyway and the delay is recorded as an exception.
 */
@ModelFacing
@Component("autoForwardDelegate")
class AutoForwardDelegate implements JavaDelegate {

    private final ComplaintProperties properties;
    private final CaseEventLog events;

    AutoForwardDelegate(ComplaintProperties properties, CaseEventLog events) {
        this.properties = properties;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.append(execution.getProcessBusinessKey(), CaseEventLog.SYSTEM, CaseEventType.EXCEPTION_RAISED,
                "部门主管未在" + ComplaintNotices.span(properties.forwardToLeadershipWithin()) + "内提交，已自动提交 "
                        + StaffGroups.LEADERSHIP);
    }
}
