package com.casedesk.complaint.guard;

import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.access.FourEyes;
import com.casedesk.complaint.access.Recusal;
import com.casedesk.complaint.clock.ExtensionProcess;
import com.casedesk.complaint.review.ReviewProcess;
import com.casedesk.process.TaskAction;
import com.casedesk.process.TaskAction.Kind;
import com.casedesk.process.TaskRule;
import com.casedesk.process.TaskRuleViolation;
import org.springframework.stereotype.Component;

/**
 * The complaint rules on tasks, asked before every task command (process/TaskCommandGuard), whether it
 * comes from Tasklist, {@code /engine-rest} or the service:
 * <ul>
 *   <li>回避 (Art. 17): a person barred from the case (Recusal) runs no command on its tasks — not
 *       even completing one they never claimed — and is given none of them;</li>
 *   <li>four-eyes: the person an approval is about (the decider of a compensation or a decision under
 *       review, the requester of an extension) may neither take nor complete it.</li>
 * </ul>
 * The approval tasks' listeners still check the same on assignment and completion; they are the last
 * guard for what a model does by itself, this is what people meet.
 */
@Component
class ComplaintTaskRules implements TaskRule {

    static final String RECUSAL = Recusal.RULE;
    static final String FOUR_EYES = "四眼原则 (four-eyes)";

    private final Recusal recusal;
    private final ComplaintRepository complaints;

    ComplaintTaskRules(Recusal recusal, ComplaintRepository complaints) {
        this.recusal = recusal;
        this.complaints = complaints;
    }

    @Override
    public void check(TaskAction action) {
        String caseNumber = action.task().businessKey();
        if (caseNumber == null) {
            return;
        }
        if (recusal.isBarred(caseNumber, action.actor())) {
            throw new TaskRuleViolation(RECUSAL, "you are recused from this case and may not act on its tasks");
        }
        if (recusal.isBarred(caseNumber, action.target())) {
            throw new TaskRuleViolation(RECUSAL, action.target() + " is recused from this case and cannot be given '"
                    + action.task().name() + "'");
        }
        Approval approval = approval(action.task(), caseNumber);
        if (approval == null || approval.barred() == null) {
            return;
        }
        String person = FourEyes.approverOf(action.kind(), action.actor(), action.target());
        if (person != null && !FourEyes.mayApprove(person, approval.barred())) {
            throw new TaskRuleViolation(FOUR_EYES, person + " is the " + approval.role() + " and may not "
                    + (action.kind() == Kind.TAKE ? "take" : "complete") + " '" + action.task().name() + "'");
        }
    }

    /** Who may not approve what: the approval tasks of the complaint models. */
    private Approval approval(TaskAction.TaskFacts task, String caseNumber) {
        String process = task.processDefinitionKey();
        String activity = task.taskDefinitionKey();
        if (ComplaintProcess.KEY.equals(process) && ComplaintProcess.Elements.APPROVE_COMPENSATION.equals(activity)) {
            return new Approval(complaints.getByCaseNumber(caseNumber).getDecidedBy(), "decider");
        }
        if (ReviewProcess.KEY.equals(process) && ReviewProcess.Elements.REVIEW.equals(activity)) {
            // Art. 20: 核查 by someone other than the original handler
            return new Approval(complaints.getByCaseNumber(caseNumber).getDecidedBy(), "decider");
        }
        if (ExtensionProcess.KEY.equals(process) && ExtensionProcess.Elements.isApproval(activity)) {
            return new Approval((String) task.variable(ExtensionProcess.Vars.REQUESTED_BY.name()), "requester");
        }
        return null;
    }

    private record Approval(String barred, String role) {
    }
}
