package com.casedesk.whistleblowing;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.process.FailedJobObserver;
import com.casedesk.whistleblowing.WbNoticeFailureProcess.Vars;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * The feedback to a reporter that failed on every retry is an incident for operators, but the
 * reporter's right to feedback does not wait for them: the report records {@code NOTICE_FAILED} and
 * the committee gets a task ({@code wb-notice-failure}), once per message while that task is open.
 * Neither carries the channel's error text: it may name the reporter's contact address.
 */
@Service
class WbNoticeFailures implements FailedJobObserver {

    private final CaseEventLog events;
    private final RuntimeService runtimeService;
    private final Clock clock;

    WbNoticeFailures(CaseEventLog events, RuntimeService runtimeService, Clock clock) {
        this.events = events;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    @Override
    public void incidentCreated(FailedJob failed) {
        String notice = WbNoticeFailureRule.reporterNotice(failed.processDefinitionKey(), failed.activityId());
        if (notice == null || failed.businessKey() == null || alreadyEscalated(failed)) {
            return;
        }
        String reportNumber = failed.businessKey();
        Instant dueBy = WbNoticeFailureRule.taskDueBy(Instant.now(clock));
        events.append(reportNumber, CaseEventLog.SYSTEM, CaseEventType.NOTICE_FAILED,
                notice + " 多次发送失败，已转举报处理委员会处理，期限 " + dueBy);
        runtimeService.createProcessInstanceByKey(WbNoticeFailureProcess.KEY)
                .businessKey(reportNumber)
                .setVariables(Variables.createVariables()
                        .putValue(Vars.REPORT_NUMBER.name(), reportNumber)
                        .putValue(Vars.FAILED_ACTIVITY.name(), failed.activityId())
                        .putValue(Vars.FAILED_NOTICE.name(), notice)
                        .putValue(Vars.DUE_BY.name(), Date.from(dueBy)))
                .execute();
    }

    /** What the committee did: into the report's event log. */
    void handled(String reportNumber, String note) {
        events.append(reportNumber, CaseEventType.SUPERVISION_RECORDED, "反馈失败处理：" + note);
    }

    private boolean alreadyEscalated(FailedJob failed) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(WbNoticeFailureProcess.KEY)
                .processInstanceBusinessKey(failed.businessKey())
                .variableValueEquals(Vars.FAILED_ACTIVITY.name(), failed.activityId())
                .count() > 0;
    }
}
