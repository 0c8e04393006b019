package com.casedesk.process;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives a Tasklist card ({@link TaskCards}) to the open tasks created before cards existed, once at start-up:
 * those of a case (the process has a business key) without {@code card_caseNumber}. The same card and grants
 * the task's creation would have given, written by the service. A task that has its card is never touched
 * again, so a restart finds nothing to do; a task no capability gives a card stays as it is.
 */
@Component
class TaskCardBackfill {

    private static final Logger log = LoggerFactory.getLogger(TaskCardBackfill.class);
    static final int BATCH = 200;

    private final TaskCards cards;
    private final TaskService taskService;
    private final AuthorizationService authorizations;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    TaskCardBackfill(TaskCards cards, TaskService taskService, AuthorizationService authorizations, JdbcTemplate jdbc,
                     TransactionTemplate transaction) {
        this.cards = cards;
        this.taskService = taskService;
        this.authorizations = authorizations;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        backfill();
    }

    /** @return how many tasks got their card */
    int backfill() {
        int found = 0;
        int carded = 0;
        String after = "";
        while (true) {
            List<Candidate> batch = jdbc.query(EngineTables.openCaseTasksWithoutLocalVariable(),
                    (rs, row) -> new Candidate(rs.getString("task_id"), rs.getString("definition_id"),
                            rs.getString("business_key"), rs.getTimestamp("due_date")),
                    after, TaskCard.Vars.CASE_NUMBER.name(), BATCH);
            if (batch.isEmpty()) {
                break;
            }
            found += batch.size();
            Integer done = transaction.execute(status -> batch.stream().mapToInt(this::card).sum());
            carded += done == null ? 0 : done;
            after = batch.get(batch.size() - 1).taskId();
        }
        log.info("Task cards backfilled: {} of {} open case tasks without one", carded, found);
        return carded;
    }

    private int card(Candidate task) {
        String processKey = task.definitionId() == null ? null : task.definitionId().split(":", 2)[0];
        return cards.cardFor(processKey, task.businessKey(), task.due()).map(card -> {
            card.readers().forEach(group -> letRead(task.taskId(), group));
            if (taskService.createTaskQuery().taskId(task.taskId()).singleResult().getPriority() != card.priority()) {
                taskService.setPriority(task.taskId(), card.priority());
            }
            TaskCard.Vars.LEVEL.setLocal(taskService, task.taskId(), card.level());
            TaskCard.Vars.CATEGORY.setLocal(taskService, task.taskId(), card.category());
            TaskCard.Vars.REPLY_DUE.setLocal(taskService, task.taskId(), card.replyDue());
            // last: its presence is what marks the task done
            TaskCard.Vars.CASE_NUMBER.setLocal(taskService, task.taskId(), card.caseNumber());
            return 1;
        }).orElse(0);
    }

    /** As {@link TaskCards} on creation: READ_VARIABLE added to the group's grant on the task, or a grant made. */
    private void letRead(String taskId, String group) {
        Authorization grant = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(Resources.TASK).resourceId(taskId).groupIdIn(group).singleResult();
        if (grant == null) {
            grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(group);
            grant.setResource(Resources.TASK);
            grant.setResourceId(taskId);
        } else if (grant.isPermissionGranted(TaskPermissions.READ_VARIABLE)) {
            return;
        }
        grant.addPermission(TaskPermissions.READ_VARIABLE);
        authorizations.saveAuthorization(grant);
    }

    private record Candidate(String taskId, String definitionId, String businessKey, Date due) {
    }
}
