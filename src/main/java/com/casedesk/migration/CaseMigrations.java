package com.casedesk.migration;

import com.casedesk.process.MigrationRefused;
import com.casedesk.security.ProcessOwners;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import com.casedesk.process.AsEngine;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * Moving the running cases of a process to another version, for its owners: instances per version, the
 * generated plan (every activity to the activity of the same id), a dry run that says which instances
 * cannot move and why, the batch and its progress. Reads run as the service (owners hold no right on
 * the cases themselves and see no case data here: instance ids and activities only); the migration
 * runs as the caller, so the engine's MIGRATE_INSTANCE grant and process/MigrationGuard decide.
 */
@Service
public class CaseMigrations {

    public record Caller(String userId, List<String> groups) {
    }

    public record Version(String definitionId, int version, String versionTag, long instances,
                          List<Instance> running) {
    }

    public record Instance(String id, List<String> activities) {
    }

    public record Step(String sourceActivityId, String targetActivityId) {
    }

    public record Plan(String processKey, int sourceVersion, int targetVersion, List<Step> instructions) {
    }

    public record InstanceCheck(String id, boolean canMove, List<String> reasons) {
    }

    public record Validation(Plan plan, boolean valid, List<String> planProblems, List<InstanceCheck> instances) {
    }

    public record Progress(String batchId, int total, int completed, int failed, boolean done) {
    }

    static final int LISTED_PER_VERSION = 200;

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final HistoryService history;
    private final IdentityService identity;
    private final TransactionTemplate transactions;

    CaseMigrations(RepositoryService repository, RuntimeService runtime, ManagementService management,
            HistoryService history, IdentityService identity, TransactionTemplate transactions) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
        this.history = history;
        this.identity = identity;
        this.transactions = transactions;
    }

    /** The processes the caller owns. */
    public List<String> ownedBy(Caller caller) {
        return caller.groups().stream().flatMap(g -> ProcessOwners.keysOwnedBy(g).stream()).distinct().sorted().toList();
    }

    public List<Version> versions(String key, Caller caller) {
        requireOwner(key, caller);
        // as the service: under a Cockpit session the engine would hide the cases from their owner
        return AsEngine.call(identity, () -> versionsOf(key));
    }

    private List<Version> versionsOf(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).orderByProcessDefinitionVersion()
                .asc().list().stream().map(d -> new Version(d.getId(), d.getVersion(), d.getVersionTag(),
                        runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count(),
                        runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).orderByProcessInstanceId().asc()
                                .listPage(0, LISTED_PER_VERSION).stream()
                                .map(pi -> new Instance(pi.getId(), runtime.getActiveActivityIds(pi.getId()))).toList()))
                .toList();
    }

    /** The plan the service generates: every activity to the activity of the same id in the target. */
    public Plan propose(String key, int sourceVersion, int targetVersion, Caller caller) {
        requireOwner(key, caller);
        MigrationPlan plan = runtime.createMigrationPlan(definition(key, sourceVersion).getId(),
                definition(key, targetVersion).getId()).mapEqualActivities().build();
        return new Plan(key, sourceVersion, targetVersion, steps(plan.getInstructions()));
    }

    /**
     * A dry run of the plan on each instance (all of the source version, or those named), as the caller, in a
     * transaction that is rolled back: the engine's and the guard's own answers, nothing moved.
     */
    public Validation validate(Plan requested, List<String> instanceIds, Caller caller) {
        requireOwner(requested.processKey(), caller);
        Plan plan = withInstructions(requested, caller);
        MigrationPlan built;
        try {
            built = build(plan);
        } catch (MigrationPlanValidationException e) {
            List<String> problems = new ArrayList<>();
            e.getValidationReport().getInstructionReports().forEach(r -> r.getFailures().forEach(f -> problems.add(
                    r.getMigrationInstruction().getSourceActivityId() + " -> " + r.getMigrationInstruction().getTargetActivityId()
                            + ": " + f)));
            e.getValidationReport().getVariableReports().forEach((name, r) -> problems.add(name + ": " + r.getFailures()));
            return new Validation(plan, false, problems, List.of());
        }
        List<InstanceCheck> checks = new ArrayList<>();
        for (String id : instancesOf(built, instanceIds)) {
            DryRun result = dryRun(built, id, caller);
            if (!result.planProblems().isEmpty()) {
                return new Validation(plan, false, result.planProblems(), List.of());
            }
            checks.add(new InstanceCheck(id, result.instanceProblems().isEmpty(), result.instanceProblems()));
        }
        return new Validation(plan, checks.stream().allMatch(InstanceCheck::canMove), List.of(), checks);
    }

    private record DryRun(List<String> planProblems, List<String> instanceProblems) {
    }

    /** Starts the migration as a batch; the batch's id for {@link #progress}. */
    public Map<String, Object> execute(Plan requested, List<String> instanceIds, Caller caller) {
        requireOwner(requested.processKey(), caller);
        MigrationPlan built;
        try {
            built = build(withInstructions(requested, caller));
        } catch (MigrationPlanValidationException e) {
            throw problem(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        List<String> ids = instancesOf(built, instanceIds);
        if (ids.isEmpty()) {
            throw problem(HttpStatus.BAD_REQUEST, "no running instance of version " + requested.sourceVersion() + " to migrate");
        }
        Batch batch = as(caller, () -> runtime.newMigration(built).processInstanceIds(ids).executeAsync());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("batchId", batch.getId());
        answer.put("instances", ids.size());
        return answer;
    }

    public Progress progress(String batchId, Caller caller) {
        return AsEngine.call(identity, () -> progressOf(batchId, caller));
    }

    private Progress progressOf(String batchId, Caller caller) {
        Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
        if (batch != null) {
            requireCreator(batch.getType(), batch.getCreateUserId(), caller);
            var statistics = management.createBatchStatisticsQuery().batchId(batchId).singleResult();
            // every job ran; the batch itself ends when its monitor job next looks (Camunda polls every 30 s)
            boolean done = statistics.getRemainingJobs() == 0 && statistics.getFailedJobs() == 0;
            return new Progress(batchId, batch.getTotalJobs(), statistics.getCompletedJobs(), statistics.getFailedJobs(), done);
        }
        HistoricBatch done = history.createHistoricBatchQuery().batchId(batchId).singleResult();
        if (done == null) {
            throw problem(HttpStatus.NOT_FOUND, "no migration " + batchId);
        }
        requireCreator(done.getType(), done.getCreateUserId(), caller);
        return new Progress(batchId, done.getTotalJobs(), done.getTotalJobs(), 0, done.getEndTime() != null);
    }

    private void requireCreator(String type, String creator, Caller caller) {
        if (!Batch.TYPE_PROCESS_INSTANCE_MIGRATION.equals(type) || !caller.userId().equals(creator)) {
            throw problem(HttpStatus.NOT_FOUND, "no migration of yours with this id");
        }
    }

    /** What refused the plan (the guard) or this instance (the engine); both empty: it can move. */
    private DryRun dryRun(MigrationPlan plan, String instanceId, Caller caller) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            try {
                as(caller, () -> {
                    runtime.newMigration(plan).processInstanceIds(instanceId).execute();
                    return null;
                });
                return new DryRun(List.of(), List.of());
            } catch (MigrationRefused e) {
                if (e.status() == 403) {
                    throw problem(HttpStatus.FORBIDDEN, String.join("; ", e.reasons()));
                }
                return new DryRun(e.reasons(), List.of());
            } catch (MigratingProcessInstanceValidationException e) {
                List<String> reasons = new ArrayList<>(e.getValidationReport().getFailures());
                e.getValidationReport().getActivityInstanceReports().forEach(r -> r.getFailures()
                        .forEach(f -> reasons.add(r.getSourceScopeId() + ": " + f)));
                e.getValidationReport().getTransitionInstanceReports().forEach(r -> r.getFailures()
                        .forEach(f -> reasons.add(r.getSourceScopeId() + ": " + f)));
                return new DryRun(List.of(), reasons);
            } catch (ProcessEngineException e) {
                return new DryRun(List.of(), List.of(e.getMessage()));
            }
        });
    }

    private List<String> instancesOf(MigrationPlan plan, List<String> named) {
        List<String> source = AsEngine.call(identity, () -> runtime.createProcessInstanceQuery().processDefinitionId(plan.getSourceProcessDefinitionId())
                .list().stream().map(ProcessInstance::getId).toList());
        if (named == null || named.isEmpty()) {
            return source;
        }
        List<String> unknown = named.stream().filter(id -> !source.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw problem(HttpStatus.BAD_REQUEST, "not running on the source version: " + unknown);
        }
        return List.copyOf(named);
    }

    private Plan withInstructions(Plan plan, Caller caller) {
        return plan.instructions() == null || plan.instructions().isEmpty()
                ? propose(plan.processKey(), plan.sourceVersion(), plan.targetVersion(), caller) : plan;
    }

    private MigrationPlan build(Plan plan) {
        var builder = runtime.createMigrationPlan(definition(plan.processKey(), plan.sourceVersion()).getId(),
                definition(plan.processKey(), plan.targetVersion()).getId());
        plan.instructions().forEach(step -> builder.mapActivities(step.sourceActivityId(), step.targetActivityId()));
        return builder.build();
    }

    private ProcessDefinition definition(String key, int version) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .processDefinitionVersion(version).singleResult();
        if (definition == null) {
            throw problem(HttpStatus.BAD_REQUEST, "process " + key + " has no version " + version);
        }
        return definition;
    }

    private static List<Step> steps(List<MigrationInstruction> instructions) {
        return instructions.stream().map(i -> new Step(i.getSourceActivityId(), i.getTargetActivityId())).toList();
    }

    private void requireOwner(String key, Caller caller) {
        if (caller == null || ProcessOwners.ownerGroupsOf(key).stream().noneMatch(caller.groups()::contains)) {
            throw problem(HttpStatus.FORBIDDEN, "only the owners of " + key + " may migrate its cases");
        }
    }

    private <T> T as(Caller caller, java.util.function.Supplier<T> work) {
        return AsEngine.callAs(identity, caller.userId(), caller.groups(), work);
    }

    static ErrorResponseException problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle("迁移 (migration)");
        return new ErrorResponseException(status, problem, null);
    }

}
