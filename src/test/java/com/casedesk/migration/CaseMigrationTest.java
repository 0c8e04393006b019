package com.casedesk.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.variable.Variables.createVariables;

import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.support.Complaints;
import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18: an owner moves a running complaint from the previous released model
 * ({@code src/test/resources/models/complaint-handling-v7.bpmn}, the version on main when this work began)
 * to the current one, as a script or Modeler user would ({@code /engine-rest} with HTTP Basic) and through
 * {@code /api}; the case goes on along the new version. Case workers, owners without ownership and plans
 * that map an activity to another id are refused, and nothing moves.
 */
@PostgresTest
class CaseMigrationTest {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired AuthorizationService authorizationService;
    @Autowired ComplaintIntake intake;
    @Autowired ComplaintRepository complaints;
    @Autowired EngineDriver driver;

    private Deployment previous;
    private Deployment current;
    private String previousId;
    private String currentId;
    private ProcessInstance pi;

    /** A case waiting at the front line's first task on the previous version, and the current model deployed after it. */
    @BeforeEach
    void caseOnThePreviousVersion() {
        String caseNumber = intake.register(Complaints.ordinary(), null, "test", "frontline").receipt().caseNumber();
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "replaced by an instance of the previous version"));
        previous = repositoryService.createDeployment().name("complaint-handling, previous release")
                .addClasspathResource("models/complaint-handling-v7.bpmn").deploy();
        previousId = definitionOf(previous);
        pi = runtimeService.createProcessInstanceById(previousId).businessKey(caseNumber)
                .setVariables(ComplaintProcess.startVariables(complaints.getByCaseNumber(caseNumber))).execute();
        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        current = repositoryService.createDeployment().name("complaint-handling, current")
                .addClasspathResource("processes/complaint/complaint-handling.bpmn").deploy();
        currentId = definitionOf(current);
        assertThat(driver.task(pi, Elements.FRONTLINE_RESOLVE)).isNotNull();
    }

    @AfterEach
    void removeTheVersions() {
        repositoryService.deleteDeployment(current.getId(), true);
        repositoryService.deleteDeployment(previous.getId(), true);
    }

    @Test
    void theOwnerMigratesTheCaseThroughTheEngineRestApiAndItContinuesOnTheNewVersion() throws Exception {
        JsonNode plan = generate("owner");
        assertThat(plan.get("instructions")).isNotEmpty().allSatisfy(i ->
                assertThat(i.get("targetActivityIds")).isEqualTo(i.get("sourceActivityIds")));

        ResponseEntity<String> response = post("owner", "/engine-rest/migration/execute", execution(plan));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(definitionOfInstance()).isEqualTo(currentId).isNotEqualTo(previousId);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where actor = 'owner' and action = 'INSTANCES_MIGRATED'"
                + " and detail like ?", Integer.class, "%" + currentId + "%1 instance%")).isEqualTo(1);

        // the case goes on, on the new version
        taskService.complete(driver.task(pi, Elements.FRONTLINE_RESOLVE).getId(),
                createVariables().putValue(ComplaintProcess.Vars.RESOLVED_ON_SPOT.name(), "false"));
        var investigate = driver.task(pi, Elements.INVESTIGATE);
        assertThat(investigate).isNotNull();
        assertThat(investigate.getProcessDefinitionId()).isEqualTo(currentId);
    }

    @Test
    void theOwnerMigratesAsABatchThroughTheEngineRestApi() throws Exception {
        ResponseEntity<String> response = post("owner", "/engine-rest/migration/executeAsync", execution(generate("owner")));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        String batchId = json.readTree(response.getBody()).get("id").asText();
        runBatch(batchId);
        assertThat(definitionOfInstance()).isEqualTo(currentId);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where actor = 'owner' and action = 'INSTANCES_MIGRATED'"
                + " and detail like ?", Integer.class, "%" + currentId + "%as a batch%")).isEqualTo(1);
    }

    @Test
    void aCaseWorkerCannotMigrateOnAnyPath() throws Exception {
        JsonNode plan = generate("owner");
        for (String path : List.of("/engine-rest/migration/execute", "/engine-rest/migration/executeAsync")) {
            assertThat(post("frontline", path, execution(plan)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(http.withBasicAuth("frontline", "demo").getForEntity("/api/processes/complaint-handling/versions",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("frontline", "/api/processes/complaint-handling/migrations", apiRequest()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(definitionOfInstance()).isEqualTo(previousId);
        assertThat(managementService.createBatchQuery().type(Batch.TYPE_PROCESS_INSTANCE_MIGRATION).count()).isZero();
    }

    @Test
    void aPersonGrantedMigrateInstanceWhoDoesNotOwnTheProcessIsRefusedByTheEngine() throws Exception {
        String user = "other-owner-" + System.nanoTime();
        String group = "other-process-owner";
        var u = identityService.newUser(user);
        u.setPassword("demo");
        identityService.saveUser(u);
        if (identityService.createGroupQuery().groupId(group).count() == 0) {
            identityService.saveGroup(identityService.newGroup(group));
        }
        identityService.createMembership(user, group);
        Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId(ComplaintProcess.KEY);
        grant.addPermission(ProcessDefinitionPermissions.READ);
        grant.addPermission(ProcessDefinitionPermissions.MIGRATE_INSTANCE);
        authorizationService.saveAuthorization(grant);
        try {
            ResponseEntity<String> response = post(user, "/engine-rest/migration/execute", execution(generate("owner")));

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getBody()).contains("you do not own the process complaint-handling");
            assertThat(definitionOfInstance()).isEqualTo(previousId);
        } finally {
            authorizationService.deleteAuthorization(grant.getId());
            identityService.deleteUser(user);
        }
    }

    @Test
    void aPlanMappingTheCompensationApprovalToAnotherActivityIsRefusedAndNothingMoves() throws Exception {
        ObjectNode plan = (ObjectNode) generate("owner");
        ArrayNode instructions = (ArrayNode) plan.get("instructions");
        for (JsonNode instruction : instructions) {
            if (instruction.get("sourceActivityIds").get(0).asText().equals(Elements.APPROVE_COMPENSATION)) {
                ((ObjectNode) instruction).set("targetActivityIds", json.createArrayNode().add(Elements.DECIDE));
            }
        }
        assertThat(instructions.toString()).contains(Elements.APPROVE_COMPENSATION);
        for (String path : List.of("/engine-rest/migration/execute", "/engine-rest/migration/executeAsync")) {
            ResponseEntity<String> response = post("owner", path, execution(plan));

            assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
            assertThat(json.readTree(response.getBody()).get("reasons").toString())
                    .contains(Elements.APPROVE_COMPENSATION + " is mapped to " + Elements.DECIDE);
        }
        // the same plan through /api: the dry run names it, running it is refused
        ObjectNode request = apiRequest();
        request.set("instructions", json.valueToTree(List.of(
                Map.of("sourceActivityId", Elements.APPROVE_COMPENSATION, "targetActivityId", Elements.DECIDE),
                Map.of("sourceActivityId", Elements.FRONTLINE_RESOLVE, "targetActivityId", Elements.FRONTLINE_RESOLVE))));
        JsonNode validation = json.readTree(post("owner", "/api/processes/complaint-handling/migrations/validation", request).getBody());
        assertThat(validation.get("valid").asBoolean()).isFalse();
        assertThat(validation.get("planProblems").toString()).contains(Elements.APPROVE_COMPENSATION + " is mapped to");
        ResponseEntity<String> refused = post("owner", "/api/processes/complaint-handling/migrations", request);
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains(Elements.APPROVE_COMPENSATION + " is mapped to");
        runAllMigrationBatches();
        assertThat(definitionOfInstance()).isEqualTo(previousId);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'INSTANCES_MIGRATED' and detail like ?",
                Integer.class, "%" + currentId + "%")).isZero();
    }

    @Test
    void theOwnerListsProposesValidatesAndRunsAMigrationThroughTheApi() throws Exception {
        JsonNode versions = json.readTree(http.withBasicAuth("owner", "demo")
                .getForEntity("/api/processes/complaint-handling/versions", String.class).getBody());
        JsonNode old = find(versions, previousId);
        assertThat(old.get("instances").asLong()).isEqualTo(1);
        assertThat(old.get("running").get(0).get("id").asText()).isEqualTo(pi.getId());
        assertThat(old.get("running").get(0).get("activities").toString()).contains(Elements.FRONTLINE_RESOLVE);

        JsonNode plan = json.readTree(post("owner", "/api/processes/complaint-handling/migrations/plan", apiRequest()).getBody());
        assertThat(plan.get("instructions")).isNotEmpty().allSatisfy(i ->
                assertThat(i.get("targetActivityId")).isEqualTo(i.get("sourceActivityId")));

        JsonNode validation = json.readTree(post("owner", "/api/processes/complaint-handling/migrations/validation",
                apiRequest()).getBody());
        assertThat(validation.get("valid").asBoolean()).as(validation.toString()).isTrue();
        assertThat(validation.get("instances").get(0).get("id").asText()).isEqualTo(pi.getId());
        assertThat(definitionOfInstance()).as("a dry run moves nothing").isEqualTo(previousId);

        ResponseEntity<String> started = post("owner", "/api/processes/complaint-handling/migrations", apiRequest());
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        String batchId = json.readTree(started.getBody()).get("batchId").asText();
        JsonNode before = json.readTree(http.withBasicAuth("owner", "demo")
                .getForEntity("/api/processes/migrations/" + batchId, String.class).getBody());
        assertThat(before.get("done").asBoolean()).isFalse();
        assertThat(definitionOfInstance()).as("nothing moves before the batch's jobs run").isEqualTo(previousId);
        assertThat(http.withBasicAuth("frontline", "demo").getForEntity("/api/processes/migrations/" + batchId, String.class)
                .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

        runBatch(batchId);

        JsonNode after = json.readTree(http.withBasicAuth("owner", "demo")
                .getForEntity("/api/processes/migrations/" + batchId, String.class).getBody());
        assertThat(after.get("done").asBoolean()).as(after.toString()).isTrue();
        assertThat(definitionOfInstance()).isEqualTo(currentId);
    }

    // --- helpers

    private JsonNode generate(String user) throws Exception {
        ObjectNode request = json.createObjectNode().put("sourceProcessDefinitionId", previousId)
                .put("targetProcessDefinitionId", currentId);
        ResponseEntity<String> response = post(user, "/engine-rest/migration/generate", request);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private ObjectNode execution(JsonNode plan) {
        ObjectNode execution = json.createObjectNode();
        execution.set("migrationPlan", plan);
        execution.set("processInstanceIds", json.createArrayNode().add(pi.getId()));
        return execution;
    }

    private ObjectNode apiRequest() {
        int from = repositoryService.getProcessDefinition(previousId).getVersion();
        int to = repositoryService.getProcessDefinition(currentId).getVersion();
        ObjectNode request = json.createObjectNode().put("sourceVersion", from).put("targetVersion", to);
        request.set("processInstanceIds", json.createArrayNode().add(pi.getId()));
        return request;
    }

    private ResponseEntity<String> post(String user, String path, JsonNode body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(body.toString(), headers), String.class);
    }

    private String definitionOfInstance() {
        return runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getProcessDefinitionId();
    }

    private String definitionOf(Deployment deployment) {
        return repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult().getId();
    }

    private static JsonNode find(JsonNode versions, String definitionId) {
        for (JsonNode version : versions) {
            if (version.get("definitionId").asText().equals(definitionId)) {
                return version;
            }
        }
        throw new AssertionError("no version " + definitionId + " in " + versions);
    }

    /** The batch's seed, migration and monitor jobs, run by the test (the job executor is off). */
    private void runBatch(String batchId) {
        for (int round = 0; round < 10; round++) {
            Batch batch = managementService.createBatchQuery().batchId(batchId).singleResult();
            if (batch == null) {
                return;
            }
            var definitions = java.util.Arrays.asList(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                    batch.getMonitorJobDefinitionId());
            List<Job> jobs = managementService.createJobQuery().list().stream()
                    .filter(j -> j.getJobDefinitionId() != null && definitions.contains(j.getJobDefinitionId())).toList();
            jobs.forEach(j -> managementService.executeJob(j.getId()));
        }
        throw new AssertionError("batch " + batchId + " did not finish");
    }

    private void runAllMigrationBatches() {
        managementService.createBatchQuery().type(Batch.TYPE_PROCESS_INSTANCE_MIGRATION).list().forEach(b -> runBatch(b.getId()));
    }
}
