package com.casedesk.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.support.Complaints;
import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import com.casedesk.whistleblowing.WbProcess.Elements;
import com.casedesk.whistleblowing.WbProcess.Vars;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
 * Issue 18 for the second main model: a report waiting on the previous released whistleblowing model
 * ({@code src/test/resources/models/whistleblowing-handling-v4.bpmn}) is moved to the current one by its owner
 * ({@code wb-owner}) through {@code /engine-rest} and goes on there. The complaints owner cannot move it, and the
 * whistleblowing owner cannot move a complaint: ownership is per model, not "any owner".
 */
@PostgresTest
class WbCaseMigrationTest {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ComplaintIntake intake;
    @Autowired ComplaintRepository complaints;
    @Autowired EngineDriver driver;

    private Deployment previous;
    private Deployment current;
    private String previousId;
    private String currentId;
    private ProcessInstance pi;

    /** A report started as the intake starts it, on the previous version, waiting at the preliminary assessment. */
    @BeforeEach
    void reportOnThePreviousVersion() {
        previous = repositoryService.createDeployment().name("whistleblowing-handling, previous release")
                .addClasspathResource("models/whistleblowing-handling-v4.bpmn").deploy();
        previousId = definitionOf(previous);
        String number = "JB20261102" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        pi = runtimeService.createProcessInstanceById(previousId).businessKey(number)
                .setVariable(Vars.REPORT_NUMBER.name(), number).setVariable(Vars.PSEUDONYM.name(), "举报人-" + number.substring(10))
                .setVariable(Vars.ANONYMOUS.name(), true).setVariable(Vars.RECEIVED_AT.name(), ClockUtil.getCurrentTime())
                .setVariable(Vars.REPORTED_UNIT.name(), "某分行营业部").execute();
        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        current = repositoryService.createDeployment().name("whistleblowing-handling, current")
                .addClasspathResource("processes/whistleblowing/whistleblowing-handling.bpmn").deploy();
        currentId = definitionOf(current);
        assertThat(driver.task(pi, Elements.ASSESS)).isNotNull();
    }

    @AfterEach
    void removeTheVersions() {
        repositoryService.deleteDeployment(current.getId(), true);
        repositoryService.deleteDeployment(previous.getId(), true);
    }

    @Test
    void theWhistleblowingOwnerMigratesTheReportAndItContinuesOnTheNewVersion() throws Exception {
        JsonNode plan = generate("wb-owner", previousId, currentId);
        assertThat(plan.get("instructions")).isNotEmpty().allSatisfy(i ->
                assertThat(i.get("targetActivityIds")).isEqualTo(i.get("sourceActivityIds")));

        ResponseEntity<String> response = post("wb-owner", "/engine-rest/migration/execute", execution(plan, pi));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(definitionOfInstance(pi)).isEqualTo(currentId).isNotEqualTo(previousId);
        assertThat(migrationsAuditedFor(currentId, "wb-owner")).isEqualTo(1);

        // the report goes on, on the new version, worked by the intake as Tasklist would
        Task assess = driver.task(pi, Elements.ASSESS);
        assertThat(assess.getProcessDefinitionId()).isEqualTo(currentId);
        driver.as("wb-intake", () -> {
            taskService.claim(assess.getId(), "wb-intake");
            taskService.complete(assess.getId(), Map.of(Vars.AUTHENTICITY.name(), "CREDIBLE",
                    Vars.URGENCY.name(), "NORMAL", Vars.ADMISSIBILITY.name(), "ADMITTED"));
        });
        driver.executeJob(pi, Elements.TELL_ACCEPTANCE);
        Task investigate = driver.task(pi, Elements.INVESTIGATE);
        assertThat(investigate).isNotNull();
        assertThat(investigate.getProcessDefinitionId()).isEqualTo(currentId);
    }

    @Test
    void theComplaintsOwnerCannotMigrateAReportAndNothingMoves() throws Exception {
        ResponseEntity<String> response = post("owner", "/engine-rest/migration/execute",
                execution(generate("wb-owner", previousId, currentId), pi));

        // the engine's own authorization refuses first: only the model's owner group holds MIGRATE_INSTANCE on it
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).contains("AuthorizationException");
        assertThat(definitionOfInstance(pi)).isEqualTo(previousId);
        assertThat(migrationsAuditedFor(currentId, null)).isZero();
    }

    @Test
    void theWhistleblowingOwnerCannotMigrateAComplaint() throws Exception {
        Deployment oldComplaints = null;
        Deployment newComplaints = null;
        try {
            String caseNumber = intake.register(Complaints.ordinary(), null, "test", "frontline").receipt().caseNumber();
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list()
                    .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "replaced by an instance of the previous version"));
            oldComplaints = repositoryService.createDeployment().name("complaint-handling, previous release")
                    .addClasspathResource("models/complaint-handling-v7.bpmn").deploy();
            String from = definitionOf(oldComplaints);
            ProcessInstance complaint = runtimeService.createProcessInstanceById(from).businessKey(caseNumber)
                    .setVariables(ComplaintProcess.startVariables(complaints.getByCaseNumber(caseNumber))).execute();
            newComplaints = repositoryService.createDeployment().name("complaint-handling, current")
                    .addClasspathResource("processes/complaint/complaint-handling.bpmn").deploy();
            String to = definitionOf(newComplaints);

            ResponseEntity<String> response = post("wb-owner", "/engine-rest/migration/execute",
                    execution(generate("owner", from, to), complaint));

            assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getBody()).contains("AuthorizationException"); // no MIGRATE_INSTANCE on a model it does not own
            assertThat(definitionOfInstance(complaint)).isEqualTo(from);
            assertThat(migrationsAuditedFor(to, null)).isZero();
        } finally {
            if (newComplaints != null) {
                repositoryService.deleteDeployment(newComplaints.getId(), true);
            }
            if (oldComplaints != null) {
                repositoryService.deleteDeployment(oldComplaints.getId(), true);
            }
        }
    }

    // --- helpers

    private JsonNode generate(String user, String from, String to) throws Exception {
        ObjectNode request = json.createObjectNode().put("sourceProcessDefinitionId", from).put("targetProcessDefinitionId", to);
        ResponseEntity<String> response = post(user, "/engine-rest/migration/generate", request);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private ObjectNode execution(JsonNode plan, ProcessInstance instance) {
        ObjectNode execution = json.createObjectNode();
        execution.set("migrationPlan", plan);
        execution.set("processInstanceIds", json.createArrayNode().add(instance.getId()));
        return execution;
    }

    private ResponseEntity<String> post(String user, String path, JsonNode body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(body.toString(), headers), String.class);
    }

    /** Migrations to {@code target} in the audit log, by {@code actor} or by anyone when null. */
    private int migrationsAuditedFor(String target, String actor) {
        return jdbc.queryForObject("select count(*) from audit_log where action = 'INSTANCES_MIGRATED' and detail like ?"
                + (actor == null ? "" : " and actor = '" + actor + "'"), Integer.class, "%" + target + "%");
    }

    private String definitionOfInstance(ProcessInstance instance) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getProcessDefinitionId();
    }

    private String definitionOf(Deployment deployment) {
        return repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult().getId();
    }
}
