package com.casedesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/** What process tests do to the engine by hand: find tasks and jobs, run jobs, act as a user. */
public class EngineDriver {

    private final TaskService taskService;
    private final ManagementService managementService;
    private final FormService formService;
    private final IdentityService identityService;

    EngineDriver(TaskService taskService, ManagementService managementService, FormService formService,
                 IdentityService identityService) {
        this.taskService = taskService;
        this.managementService = managementService;
        this.formService = formService;
        this.identityService = identityService;
    }

    /** The open task at an activity, with its form reference, or null. */
    public Task task(ProcessInstance pi, String activityId) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId)
                .initializeFormKeys().singleResult();
    }

    public Job job(ProcessInstance pi, String activityId) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
    }

    /** Runs the job waiting at an activity (an async step or a timer), as the job executor would. */
    public void executeJob(ProcessInstance pi, String activityId) {
        Job job = job(pi, activityId);
        assertThat(job).as("job at " + activityId).isNotNull();
        managementService.executeJob(job.getId());
    }

    public List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> "candidate".equals(l.getType()))
                .map(IdentityLink::getGroupId)
                .toList();
    }

    /** The Camunda Form Tasklist shows for the task, resolved as the model binds it. */
    public String deployedForm(Task task) {
        try (var form = formService.getDeployedTaskForm(task.getId())) {
            return new String(form.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the action as a logged-in user with their groups, as Tasklist does: the engine's
     * authorization checks apply.
     */
    public void as(String user, Runnable action) {
        asMemberOf(user, identityService.createGroupQuery().groupMember(user).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList(), action);
    }

    /** As {@link #as}, for someone who also sits in other groups than the demo user does. */
    public void asMemberOf(String user, List<String> groups, Runnable action) {
        identityService.setAuthentication(user, groups);
        try {
            action.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    /**
     * Runs the action as a staff member logged in to our own API (HTTP Basic): Spring Security knows
     * them with their groups, the engine does not (see EngineAuthenticationFilter).
     */
    public void asApiUser(String user, Runnable action) {
        var authorities = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(g -> new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_" + g.getId()))
                .toList();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                user, null, authorities));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
