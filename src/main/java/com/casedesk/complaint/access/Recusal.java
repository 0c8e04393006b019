package com.casedesk.complaint.access;

import com.casedesk.complaint.CaseStateConflictException;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.process.TaskHiding;
import com.casedesk.process.TaskRuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 回避 (Art. 17): the staff member complained about, and anyone who declared (or was declared to have)
 * a conflict of interest, neither sees nor works on any task of the case — every task whose business
 * key is the case, so it also holds for tasks process owners add later. Three mechanisms: each task is
 * hidden from them as it is created or when they are barred (TaskHiding: REVOKE on the task and its
 * history); every task command they run or that would give them a task is refused before it runs
 * (guard/ComplaintTaskRules, asked by the engine seam's TaskCommandGuard); and our API answers them as if
 * the case did not exist (CaseAccess). The assignment listener stays as a last guard for assignments
 * a model makes itself.
 */
@Component
public class Recusal {

    /** The rule's name in a refusal, wherever a task command or assignment is refused. */
    public static final String RULE = "回避 (recusal, Art. 17)";

    private final CaseConflictRepository conflicts;
    private final ComplaintRepository complaints;
    private final TaskService taskService;
    private final CaseEventLog events;
    private final Clock clock;
    private final TaskHiding hiding;

    Recusal(CaseConflictRepository conflicts, ComplaintRepository complaints, TaskService taskService,
            CaseEventLog events, Clock clock, TaskHiding hiding) {
        this.hiding = hiding;
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
        if (isBarred(caseNumber, assignee)) {
            throw new TaskRuleViolation(RULE, assignee + " is recused from this case and cannot"
                    + " be given '" + task.getName() + "'");
        }
    }

    /** Every new task of a barred case is hidden from the barred people, before anybody can list it. */
    @EventListener(condition = "#task.eventName == 'create'")
    public void onCreate(DelegateTask task) {
        String caseNumber = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        if (caseNumber == null) {
            return;
        }
        List<String> barred = barred(caseNumber);
        if (!barred.isEmpty()) {
            hiding.hide(task.getId(), barred);
        }
    }

    public boolean isBarred(String caseNumber, String userId) {
        return caseNumber != null && userId != null && !RecusalRule.mayHandle(userId, barred(caseNumber));
    }

    /** The respondent's row is written at intake, so the table holds everyone barred (RecusalRule). */
    private List<String> barred(String caseNumber) {
        return conflicts.findUserIdsByCaseNumber(caseNumber);
    }

    /** The respondent named at intake is barred from the start. */
    public void barRespondent(Complaint complaint) {
        RecusalRule.barredAtIntake(complaint.getRespondentStaffId()).ifPresent(respondent ->
                conflicts.save(new CaseConflict(null, complaint.getCaseNumber(), respondent,
                        CaseConflict.Source.RESPONDENT, "被投诉人 respondent", CaseEventLog.SYSTEM, Instant.now(clock))));
    }

    /**
     * A handler declares a conflict (for themselves, or a supervisor for someone the case involves): the
     * person is barred and hands back every task of the case they hold.
     */
    @Transactional
    public CaseConflict declare(String caseNumber, String userId, String reason) {
        complaints.getByCaseNumber(caseNumber);
        if (!RecusalRule.mayHandle(userId, barred(caseNumber))) {
            throw new CaseStateConflictException("已回避 Already recused", userId + " is already recused from this case.");
        }
        String declaredBy = events.currentActor();
        CaseConflict conflict = conflicts.save(new CaseConflict(null, caseNumber, userId, CaseConflict.Source.DECLARED,
                reason, declaredBy, Instant.now(clock)));
        List<Task> open = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).list();
        open.stream().filter(t -> userId.equals(t.getAssignee())).forEach(t -> taskService.setAssignee(t.getId(), null));
        open.forEach(t -> hiding.hide(t.getId(), List.of(userId)));
        events.append(caseNumber, CaseEventType.CONFLICT_DECLARED, userId + " 回避: " + reason);
        return conflict;
    }

    public List<CaseConflict> of(String caseNumber) {
        return conflicts.findByCaseNumberOrderById(caseNumber);
    }
}
