package com.casedesk.complaint;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 回避 (Art. 17): no task of a case goes to the staff member complained about, or to anyone who
 * declared (or was declared to have) a conflict of interest. Enforced on every assignment of every
 * task whose business key is the case, so it also holds for tasks process owners add later.
 */
@Component
class Recusal {

    private final CaseConflictRepository conflicts;
    private final ComplaintRepository complaints;
    private final TaskService taskService;
    private final CaseEventLog events;
    private final Clock clock;

    Recusal(CaseConflictRepository conflicts, ComplaintRepository complaints, TaskService taskService,
            CaseEventLog events, Clock clock) {
        this.conflicts = conflicts;
        this.complaints = complaints;
        this.taskService = taskService;
        this.events = events;
        this.clock = clock;
    }

    @EventListener(condition = "#task.eventName == 'assignment'")
    public void onAssignment(DelegateTask task) {
        String caseNumber = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        String assignee = task.getAssignee();
        if (caseNumber == null || assignee == null) {
            return;
        }
        if (conflicts.existsByCaseNumberAndUserId(caseNumber, assignee)) {
            throw new BadUserRequestException("回避 (recusal, Art. 17): " + assignee + " may not handle case " + caseNumber
                    + " ('" + task.getName() + "')");
        }
    }

    /** The respondent named at intake is barred from the start. */
    void barRespondent(Complaint complaint) {
        if (complaint.getRespondentStaffId() != null) {
            conflicts.save(new CaseConflict(null, complaint.getCaseNumber(), complaint.getRespondentStaffId(),
                    CaseConflict.Source.RESPONDENT, "被投诉人 respondent", CaseEventLog.SYSTEM, Instant.now(clock)));
        }
    }

    /**
     * A handler declares a conflict (for themselves, or a supervisor for someone the case involves): the
     * person is barred and hands back every task of the case they hold.
     */
    @Transactional
    CaseConflict declare(String caseNumber, String userId, String reason) {
        complaints.getByCaseNumber(caseNumber);
        if (conflicts.existsByCaseNumberAndUserId(caseNumber, userId)) {
            throw new CaseStateConflictException(userId + " is already recused from this case.");
        }
        String declaredBy = events.currentActor();
        CaseConflict conflict = conflicts.save(new CaseConflict(null, caseNumber, userId, CaseConflict.Source.DECLARED,
                reason, declaredBy, Instant.now(clock)));
        taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).taskAssignee(userId).list()
                .forEach(t -> taskService.setAssignee(t.getId(), null));
        events.append(caseNumber, CaseEventType.CONFLICT_DECLARED, userId + " 回避: " + reason);
        return conflict;
    }

    List<CaseConflict> of(String caseNumber) {
        return conflicts.findByCaseNumberOrderById(caseNumber);
    }
}
