package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.TaskInput;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.whistleblowing.WbProcess.Vars;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 深入调查 Investigation completed: the written opinion, a request for extension (at most the
 * configured total, approved by the committee), or a declared conflict of interest (the investigator
 * is registered as involved; the task returns to the group).
 */
@ModelFacing
@Component("wbInvestigationListener")
class InvestigationListener implements TaskListener {

    private final WbClock clock;
    private final CaseEventLog events;
    private final InvolvedPersons involved;

    InvestigationListener(WbClock clock, CaseEventLog events, InvolvedPersons involved) {
        this.clock = clock;
        this.events = events;
        this.involved = involved;
    }

    @Override
    public void notify(DelegateTask task) {
        String reportNumber = task.getExecution().getProcessBusinessKey();
        String actor = WbInput.actor(task, events);
        InvestigationOutcome outcome = TaskInput.requiredEnum(task, Vars.INVESTIGATION_OUTCOME, InvestigationOutcome.class);
        switch (outcome) {
            case OPINION -> {
                TaskInput.required(task, Vars.OPINION, 8000);
                task.setVariable(Vars.INVESTIGATOR, actor);
                events.append(reportNumber, CaseEventType.INVESTIGATION_OPINION, "书面调查意见已提交");
            }
            case EXTENSION -> {
                int used = ((Number) task.getVariable(Vars.EXTENDED_DAYS)).intValue();
                int left = clock.maxExtensionDays() - used;
                if (left < 1) {
                    throw new BadUserRequestException("the investigation has already been extended by " + used
                            + " days, the most allowed");
                }
                int days = WbInput.requiredDays(task, Vars.EXTENSION_DAYS, 1, left);
                String reason = TaskInput.required(task, Vars.EXTENSION_REASON, 2000);
                task.setVariable(Vars.EXTENSION_REQUESTED_BY, actor);
                events.append(reportNumber, CaseEventType.EXTENSION_REQUESTED, days + " 日：" + reason);
            }
            case CONFLICT -> {
                if (CaseEventLog.SYSTEM.equals(actor)) {
                    throw new BadUserRequestException("a conflict of interest is declared by the investigator, not by the system");
                }
                String note = TaskInput.required(task, Vars.CONFLICT_NOTE, 2000);
                involved.register(reportNumber, actor, "声明利益冲突 declared conflict: " + note);
                events.append(reportNumber, CaseEventType.CONFLICT_DECLARED, actor + " 回避");
            }
            default -> throw new IllegalStateException(outcome.name());
        }
    }
}
