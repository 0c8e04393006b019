package com.casedesk.complaint.notice;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.LevelPolicy;
import com.casedesk.complaint.notice.NoticeFailureProcess.Vars;
import com.casedesk.process.FailedJobObserver;
import com.casedesk.security.StaffGroups;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * A notice to the complainant that failed on every retry is an incident for operators, but its
 * deadline does not wait for them: the case records {@code NOTICE_FAILED} and the level's escalation
 * group gets a task ({@code complaint-notice-failure}) due before the reply deadline, once per notice
 * while that task is open. Runs in the engine's transaction that records the incident.
 */
@Service
class NoticeFailures implements FailedJobObserver {

    private final ComplaintRepository complaints;
    private final LevelPolicy levels;
    private final CaseEventLog events;
    private final RuntimeService runtimeService;
    private final Clock clock;

    NoticeFailures(ComplaintRepository complaints, LevelPolicy levels, CaseEventLog events,
                   RuntimeService runtimeService, Clock clock) {
        this.complaints = complaints;
        this.levels = levels;
        this.events = events;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    @Override
    public void incidentCreated(FailedJob failed) {
        String notice = NoticeFailureRule.complainantNotice(failed.processDefinitionKey(), failed.activityId());
        if (notice == null || failed.businessKey() == null || alreadyEscalated(failed)) {
            return;
        }
        Complaint complaint = complaints.findByCaseNumber(failed.businessKey()).orElse(null);
        if (complaint == null) {
            return;
        }
        String group = complaint.getLevel() == null ? StaffGroups.SUPERVISOR
                : levels.forLevel(complaint.getLevel()).escalationGroup();
        Instant dueBy = NoticeFailureRule.taskDueBy(Instant.now(clock), complaint.getReplyDueBy());
        events.append(complaint.getCaseNumber(), CaseEventLog.SYSTEM, CaseEventType.NOTICE_FAILED,
                notice + " 多次发送失败（" + failed.message() + "），已转 " + group + " 处理，期限 " + dueBy);
        runtimeService.createProcessInstanceByKey(NoticeFailureProcess.KEY)
                .businessKey(complaint.getCaseNumber())
                .setVariables(Variables.createVariables()
                        .putValue(Vars.CASE_NUMBER.name(), complaint.getCaseNumber())
                        .putValue(Vars.LEVEL.name(), complaint.getLevel())
                        .putValue(Vars.ESCALATION_GROUP.name(), group)
                        .putValue(Vars.FAILED_ACTIVITY.name(), failed.activityId())
                        .putValue(Vars.FAILED_NOTICE.name(), notice)
                        .putValue(Vars.FAILURE_MESSAGE.name(), abbreviate(failed.message()))
                        .putValue(Vars.DUE_BY.name(), Date.from(dueBy)))
                .execute();
    }

    /** What the escalation group did: into the case's event log. */
    void handled(String caseNumber, String note) {
        events.append(caseNumber, CaseEventType.SUPERVISION_RECORDED, "告知失败处理：" + note);
    }

    private boolean alreadyEscalated(FailedJob failed) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(NoticeFailureProcess.KEY)
                .processInstanceBusinessKey(failed.businessKey())
                .variableValueEquals(Vars.FAILED_ACTIVITY.name(), failed.activityId())
                .count() > 0;
    }

    private static String abbreviate(String message) {
        String text = message == null ? "" : message;
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
