package com.casedesk.notification.email;

import com.casedesk.process.AsEngine;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * Who a staff alert goes to, and which task it is about. The outbox recipient of an INTERNAL notice is
 * a staff group or a user id.
 * <ul>
 * <li>The task: the open tasks of the case's process instances (business key = case number: the
 * case's own process and the processes it started, such as an extension or a rectification) that the
 * recipient group is a candidate group of (assigned ones included), or, for a user, that the user holds;
 * of several, the one due first (then the oldest).</li>
 * <li>The people: the task's assignee when someone holds it; else the group's members; of those, the
 * ones with an e-mail address; when none has one, the group's head
 * ({@code casedesk.notification.email.group-heads.<group>}). A user recipient is that user.</li>
 * </ul>
 * The engine is asked without the current user's authorizations: who must be told does not depend on
 * who happened to trigger the alert.
 */
final class StaffRecipients {

    /** {@code task}: null when no open task of the case fits; {@code skipped}: users without an e-mail address. */
    record Resolved(List<User> users, Task task, List<String> skipped) {
    }

    private final TaskService tasks;
    private final IdentityService identity;
    private final EmailProperties properties;

    StaffRecipients(TaskService tasks, IdentityService identity, EmailProperties properties) {
        this.tasks = tasks;
        this.identity = identity;
        this.properties = properties;
    }

    Resolved resolve(String caseNumber, String recipient) {
        return AsEngine.call(identity, () -> {
            if (identity.createGroupQuery().groupId(recipient).count() > 0) {
                return forGroup(caseNumber, recipient);
            }
            User user = identity.createUserQuery().userId(recipient).singleResult();
            if (user == null) {
                throw new IllegalStateException("staff alert for case " + caseNumber + ": '" + recipient
                        + "' is neither a staff group nor a user");
            }
            Task held = first(openTasks(caseNumber).taskAssignee(recipient));
            return withAddresses(List.of(user), held);
        });
    }

    private Resolved forGroup(String caseNumber, String group) {
        Task task = first(openTasks(caseNumber).taskCandidateGroup(group).includeAssignedTasks());
        if (task != null && task.getAssignee() != null) {
            User assignee = identity.createUserQuery().userId(task.getAssignee()).singleResult();
            if (assignee != null) {
                return withAddresses(List.of(assignee), task);
            }
        }
        Resolved members = withAddresses(identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list(), task);
        String head = properties.groupHeads().get(group);
        if (!members.users().isEmpty() || head == null) {
            return members;
        }
        User headUser = identity.createUserQuery().userId(head).singleResult();
        Resolved byHead = withAddresses(headUser == null ? List.of() : List.of(headUser), task);
        List<String> skipped = new ArrayList<>(members.skipped());
        if (headUser == null) {
            skipped.add(head + " (head, no such user)");
        }
        skipped.addAll(byHead.skipped());
        return new Resolved(byHead.users(), task, skipped);
    }

    private TaskQuery openTasks(String caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).active()
                .orderByDueDate().asc().orderByTaskCreateTime().asc();
    }

    private static Task first(TaskQuery query) {
        List<Task> found = query.listPage(0, 1);
        return found.isEmpty() ? null : found.get(0);
    }

    private static Resolved withAddresses(List<User> users, Task task) {
        List<User> reachable = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (User user : users) {
            if (user.getEmail() == null || user.getEmail().isBlank()) {
                skipped.add(user.getId());
            } else {
                reachable.add(user);
            }
        }
        return new Resolved(reachable, task, skipped);
    }
}
