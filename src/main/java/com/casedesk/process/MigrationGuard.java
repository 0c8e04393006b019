package com.casedesk.process;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.camunda.bpm.engine.impl.migration.MigrationPlanExecutionBuilderImpl;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmTransition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Running cases move to another version only with a plan the service would generate, whichever path
 * the plan comes by ({@code /engine-rest/migration/execute} and {@code executeAsync}, Cockpit, our
 * {@code /api}, Java): the engine asks this guard before {@code MigrateProcessInstanceCmd} and
 * {@code MigrateProcessInstanceBatchCmd} run, in their transaction.
 * <ul>
 *   <li>a person migrates only instances of a process their group owns ({@link MigrationPolicy#ownerGroupsOf}),
 *       on top of the engine's {@code MIGRATE_INSTANCE} grant: 403;</li>
 *   <li>a version of the same process, every activity to the activity of the same id, no variables set,
 *       no listeners or input/output mappings skipped: 400;</li>
 *   <li>no approval or four-eyes step ({@link MigrationPolicy#guardedSteps}) that a case at a mapped
 *       activity still had ahead of it in the old version is missing ahead of it in the new one: 400.</li>
 * </ul>
 * An instance whose active activity has no counterpart of the same id is refused by the engine itself
 * (an active activity without instruction cannot move). The batch's jobs run the same command without a
 * user: the plan rules hold again there, ownership was checked when the batch was created.
 */
@Component
class MigrationGuard extends AbstractProcessEnginePlugin {

    private final ObjectProvider<MigrationPolicy> policies;

    MigrationGuard(ObjectProvider<MigrationPolicy> policies) {
        this.policies = policies;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        CommandFields.requireDeclared(AbstractMigrationCmd.class, "executionBuilder", "MigrationGuard");
        List<CommandInterceptor> interceptors = new ArrayList<>(
                Optional.ofNullable(engine.getCustomPostCommandInterceptorsTxRequired()).orElse(List.of()));
        interceptors.add(new Interceptor());
        engine.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    private final class Interceptor extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            CommandContext context = Context.getCommandContext();
            if (context != null && command instanceof AbstractMigrationCmd) {
                check((MigrationPlanExecutionBuilderImpl) CommandFields.required(command, "executionBuilder"),
                        command instanceof MigrateProcessInstanceBatchCmd, context);
            }
            return next.execute(command);
        }
    }

    private void check(MigrationPlanExecutionBuilderImpl execution, boolean batch, CommandContext context) {
        MigrationPlan plan = execution.getMigrationPlan();
        var cache = context.getProcessEngineConfiguration().getDeploymentCache();
        ProcessDefinitionEntity source = cache.findDeployedProcessDefinitionById(plan.getSourceProcessDefinitionId());
        ProcessDefinitionEntity target = cache.findDeployedProcessDefinitionById(plan.getTargetProcessDefinitionId());
        String user = context.getAuthenticatedUserId();
        List<MigrationPolicy> all = policies.orderedStream().toList();
        if (user != null && !isAdmin(context, user)) {
            Set<String> groups = groupsOf(context, user);
            List<String> notOwned = new ArrayList<>();
            for (String key : new LinkedHashSet<>(List.of(source.getKey(), target.getKey()))) {
                if (all.stream().noneMatch(p -> p.ownerGroupsOf(key).stream().anyMatch(groups::contains))) {
                    notOwned.add("you do not own the process " + key);
                }
            }
            if (!notOwned.isEmpty()) {
                throw new MigrationRefused(403, notOwned);
            }
        }
        List<String> problems = planProblems(plan, execution, source, target, all);
        if (!problems.isEmpty()) {
            throw new MigrationRefused(400, problems);
        }
        if (user != null) {
            var instructions = plan.getInstructions().stream()
                    .map(i -> new MigrationPolicy.Instruction(i.getSourceActivityId(), i.getTargetActivityId())).toList();
            var migration = new MigrationPolicy.Migration(source.getId(), source.getKey(), source.getVersion(),
                    target.getId(), target.getKey(), target.getVersion(), instructions, instanceCount(execution, context), batch);
            all.forEach(p -> p.migrating(user, migration));
        }
    }

    static List<String> planProblems(MigrationPlan plan, MigrationPlanExecutionBuilderImpl execution,
            ProcessDefinitionEntity source, ProcessDefinitionEntity target, List<MigrationPolicy> policies) {
        List<String> problems = new ArrayList<>();
        if (!source.getKey().equals(target.getKey())) {
            problems.add("source " + source.getKey() + " and target " + target.getKey() + " are different processes");
        }
        for (MigrationInstruction instruction : plan.getInstructions()) {
            if (!instruction.getSourceActivityId().equals(instruction.getTargetActivityId())) {
                problems.add("activity " + instruction.getSourceActivityId() + " is mapped to "
                        + instruction.getTargetActivityId() + ": only an activity of the same id may be its target");
            }
        }
        if (plan.getVariables() != null && !plan.getVariables().isEmpty()) {
            problems.add("a migration may not set variables " + plan.getVariables().keySet());
        }
        if (execution != null && (execution.isSkipCustomListeners() || execution.isSkipIoMappings())) {
            problems.add("a migration may not skip listeners or input/output mappings");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Set<String> guarded = new LinkedHashSet<>();
        policies.forEach(p -> guarded.addAll(p.guardedSteps(source.getKey())));
        for (String step : guarded) {
            if (source.findActivity(step) != null && target.findActivity(step) == null) {
                problems.add("the target version has no approval step " + step + ": cases would skip it");
                continue;
            }
            for (MigrationInstruction instruction : plan.getInstructions()) {
                String at = instruction.getSourceActivityId();
                if (!at.equals(step) && reachable(source, at, step) && !reachable(target, at, step)) {
                    problems.add("a case at " + at + " would skip the approval step " + step);
                }
            }
        }
        return problems;
    }

    /**
     * Whether a token at {@code from} may still reach {@code to}: along sequence flows, into sub-processes,
     * out of a sub-process at its end, and through the boundary events of the activity and its scopes.
     * Generous on purpose: a path it assumes in the old version must exist in the new one too.
     */
    static boolean reachable(ProcessDefinitionEntity definition, String from, String to) {
        ActivityImpl start = definition.findActivity(from);
        if (start == null) {
            return false;
        }
        Set<ActivityImpl> seen = new HashSet<>();
        Deque<ActivityImpl> todo = new ArrayDeque<>();
        todo.add(start);
        // boundary events and event sub-processes of every scope the token is in
        for (ScopeImpl scope = start.getFlowScope(); scope != null;
                scope = scope instanceof ActivityImpl enclosing ? enclosing.getFlowScope() : null) {
            todo.addAll(scope.getEventActivities());
        }
        while (!todo.isEmpty()) {
            ActivityImpl activity = todo.poll();
            if (!seen.add(activity)) {
                continue;
            }
            if (activity != start && to.equals(activity.getId())) {
                return true;
            }
            for (PvmTransition transition : activity.getOutgoingTransitions()) {
                todo.add((ActivityImpl) transition.getDestination());
            }
            todo.addAll(activity.getActivities());
            todo.addAll(activity.getEventActivities());
            ScopeImpl flowScope = activity.getFlowScope();
            if (activity.getOutgoingTransitions().isEmpty() && flowScope instanceof ActivityImpl parent) {
                todo.add(parent);
            }
        }
        return false;
    }

    private static int instanceCount(MigrationPlanExecutionBuilderImpl execution, CommandContext context) {
        Set<String> ids = new HashSet<>(Objects.requireNonNullElse(execution.getProcessInstanceIds(), List.of()));
        if (execution.getProcessInstanceQuery() != null) {
            ids.addAll(context.runWithoutAuthorization(() -> execution.getProcessInstanceQuery().list().stream()
                    .map(ProcessInstance::getId).toList()));
        }
        return ids.size();
    }

    private static boolean isAdmin(CommandContext context, String user) {
        var configuration = context.getProcessEngineConfiguration();
        List<String> adminUsers = Objects.requireNonNullElse(configuration.getAdminUsers(), List.of());
        List<String> adminGroups = Objects.requireNonNullElse(configuration.getAdminGroups(), List.of());
        return adminUsers.contains(user) || groupsOf(context, user).stream().anyMatch(adminGroups::contains);
    }

    private static Set<String> groupsOf(CommandContext context, String user) {
        Set<String> groups = new HashSet<>(Objects.requireNonNullElse(context.getAuthenticatedGroupIds(), List.of()));
        // the caller may have named fewer groups than they are in: ask the directory too
        groups.addAll(context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().createGroupQuery()
                .groupMember(user).list().stream().map(Group::getId).toList()));
        return groups;
    }
}
