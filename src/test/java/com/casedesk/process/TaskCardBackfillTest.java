package com.casedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.security.AccessMatrix;
import com.casedesk.support.Complaints;
import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17: tasks open before cards existed get theirs once at start-up — the same values, priority and
 * READ_VARIABLE grants the task's creation gives — and a second run changes nothing.
 */
@PostgresTest
class TaskCardBackfillTest {

    @Autowired TaskCardBackfill backfill;
    @Autowired ComplaintIntake intake;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired AuthorizationService authorizations;
    @Autowired EngineDriver driver;

    @Test
    void aTaskOpenedBeforeCardsGetsItsCardOnceAndASecondRunChangesNothing() {
        String caseNumber = intake.register(Complaints.ordinary(), null, "test", "supervisor").receipt().caseNumber();
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(ComplaintProcess.KEY).singleResult();
        Task task = driver.task(pi, Elements.FRONTLINE_RESOLVE);
        Map<String, Object> card = taskService.getVariablesLocal(task.getId());
        assertThat(card).containsEntry(TaskCard.Vars.CASE_NUMBER.name(), caseNumber).containsKey(TaskCard.Vars.LEVEL.name());
        int priority = task.getPriority();
        assertThat(priority).isNotEqualTo(TaskCard.NO_LEVEL);
        Map<String, Boolean> readers = followerReads(task.getId());
        assertThat(readers.values()).isNotEmpty().containsOnly(true);

        // as it was before the release: no card variables, the default priority, no READ_VARIABLE for followers
        taskService.removeVariablesLocal(task.getId(), List.of(TaskCard.Vars.CASE_NUMBER.name(), TaskCard.Vars.LEVEL.name(),
                TaskCard.Vars.CATEGORY.name(), TaskCard.Vars.REPLY_DUE.name()));
        taskService.setPriority(task.getId(), TaskCard.NO_LEVEL);
        for (Authorization grant : followerGrants(task.getId())) {
            grant.removePermission(TaskPermissions.READ_VARIABLE);
            authorizations.saveAuthorization(grant);
        }
        assertThat(taskService.getVariablesLocal(task.getId())).doesNotContainKey(TaskCard.Vars.CASE_NUMBER.name());
        assertThat(followerReads(task.getId()).values()).doesNotContain(true);

        assertThat(backfill.backfill()).isGreaterThanOrEqualTo(1);

        assertThat(taskService.getVariablesLocal(task.getId())).isEqualTo(card);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getPriority()).isEqualTo(priority);
        assertThat(followerReads(task.getId())).isEqualTo(readers);

        List<String> grantsBefore = followerGrants(task.getId()).stream().map(a -> a.getId() + ":"
                + List.of(a.getPermissions(TaskPermissions.values()))).sorted().toList();
        assertThat(backfill.backfill()).as("nothing left to card").isZero();
        assertThat(taskService.getVariablesLocal(task.getId())).isEqualTo(card);
        assertThat(followerGrants(task.getId()).stream().map(a -> a.getId() + ":"
                + List.of(a.getPermissions(TaskPermissions.values()))).sorted().toList()).isEqualTo(grantsBefore);
    }

    private List<Authorization> followerGrants(String taskId) {
        return authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(Resources.TASK).resourceId(taskId)
                .groupIdIn(AccessMatrix.COMPLAINT_TASK_FOLLOWERS.toArray(String[]::new)).list();
    }

    /** Per follower group: whether it may read the task's variables. */
    private Map<String, Boolean> followerReads(String taskId) {
        Map<String, Boolean> reads = new TreeMap<>();
        AccessMatrix.COMPLAINT_TASK_FOLLOWERS.forEach(group -> reads.put(group, false));
        followerGrants(taskId).forEach(a -> reads.put(a.getGroupId(), a.isPermissionGranted(TaskPermissions.READ_VARIABLE)));
        return reads;
    }
}
