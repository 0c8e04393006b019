package com.casedesk.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.security.StaffGroups;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.RestDeployments;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18: every deployment is recorded with who, when, what and its difference from the release's copy;
 * owners list and download only what they own, and deploy only what they own.
 */
@PostgresTest
class ModelChangesTest {

    private static final String PASSWORD = "Model-Owner-2026!";
    private static final String GRADING = "processes/complaint/complaint-grading.dmn";

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired RepositoryService repositoryService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;

    private final String complaintOwner = "co-" + UUID.randomUUID().toString().substring(0, 6);
    private final String wbOwner = "wo-" + UUID.randomUUID().toString().substring(0, 6);
    private final List<String> deployments = new ArrayList<>();

    @BeforeEach
    void owners() {
        createUser(complaintOwner, StaffGroups.PROCESS_OWNER);
        createUser(wbOwner, StaffGroups.WB_PROCESS_OWNER);
    }

    @AfterEach
    void cleanUp() {
        deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
        identityService.deleteUser(complaintOwner);
        identityService.deleteUser(wbOwner);
    }

    @Test
    void anOwnersDeploymentIsRecordedWithItsDifferenceFromTheReleaseAndCanBeDownloaded() throws Exception {
        String changed = read(GRADING).replace("<text>&gt;= 50000</text>", "<text>&gt;= 30000</text>");
        String id = deployed(deploy(complaintOwner, "complaint-grading.dmn", changed));
        int version = repositoryService.createDecisionDefinitionQuery().deploymentId(id).singleResult().getVersion();

        JsonNode change = changeOf(get(complaintOwner, "/api/models/changes"), id);
        assertThat(change.get("deployedBy").asText()).isEqualTo(complaintOwner);
        assertThat(change.get("deployedAt").asText()).isNotBlank();
        JsonNode resource = change.get("resources").get(0);
        assertThat(resource.get("name").asText()).isEqualTo("complaint-grading.dmn");
        assertThat(resource.get("key").asText()).isEqualTo("complaint-grading");
        assertThat(resource.get("version").asInt()).isEqualTo(version);
        assertThat(resource.get("checksum").asText()).hasSize(64);
        assertThat(resource.get("differsFromRelease").asBoolean()).isTrue();
        assertThat(resource.get("diff").asText()).contains("-          <text>&gt;= 50000</text>")
                .contains("+          <text>&gt;= 30000</text>");

        ResponseEntity<String> download = http.withBasicAuth(complaintOwner, PASSWORD).getForEntity(
                "/api/models/changes/" + id + "/resources/complaint-grading.dmn", String.class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(changed);
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("complaint-grading.dmn");

        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'MODEL_DEPLOYED' and actor = ?"
                + " and detail like ?", Long.class, complaintOwner, "%" + id + "%")).isOne();
        // the release's own deployments are listed too, for administrators
        JsonNode all = get("admin", "/api/models/changes");
        assertThat(all.findValuesAsText("deployedBy")).contains("release", complaintOwner);
    }

    @Test
    void aWhistleblowingOwnerCannotDeployTheComplaintGradingTable() {
        long before = repositoryService.createDeploymentQuery().count();
        long records = jdbc.queryForObject("select count(*) from model_deployment", Long.class);

        ResponseEntity<String> refused = deploy(wbOwner, "complaint-grading.dmn",
                read(GRADING).replace("<text>&gt;= 50000</text>", "<text>&gt;= 30000</text>"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("complaint-grading").contains(StaffGroups.PROCESS_OWNER);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from model_deployment", Long.class)).isEqualTo(records);
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("complaint-grading")
                .latestVersion().singleResult().getDeploymentId()).isNotIn(deployments);
    }

    @Test
    void aComplaintOwnerCannotDeployAWhistleblowingModel() {
        long before = repositoryService.createDeploymentQuery().count();

        ResponseEntity<String> refused = deploy(complaintOwner, "wb-notice-failure.bpmn",
                read("processes/whistleblowing/wb-notice-failure.bpmn"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("wb-notice-failure");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void anotherOwnerSeesNeitherTheChangeNorItsResource() throws Exception {
        String id = deployed(deploy(complaintOwner, "complaint-grading.dmn",
                read(GRADING).replace("<text>&gt;= 50000</text>", "<text>&gt;= 40000</text>")));

        JsonNode seen = get(wbOwner, "/api/models/changes");
        assertThat(seen.findValuesAsText("deploymentId")).doesNotContain(id);
        assertThat(seen.findValuesAsText("key")).doesNotContain("complaint-grading", "complaint-handling");
        ResponseEntity<String> download = http.withBasicAuth(wbOwner, PASSWORD).getForEntity(
                "/api/models/changes/" + id + "/resources/complaint-grading.dmn", String.class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(download.getBody()).doesNotContain("30000", "40000", "<definitions");
        JsonNode drift = get(wbOwner, "/api/models/drift");
        assertThat(drift.findValuesAsText("key")).doesNotContain("complaint-grading");
    }

    @Test
    void caseWorkersMayNotReadChangesDriftOrResources() {
        for (String worker : List.of("frontline", "wb-committee", "manager")) {
            for (String path : List.of("/api/models/changes", "/api/models/drift",
                    "/api/models/changes/any/resources/complaint-grading.dmn")) {
                ResponseEntity<String> response = http.withBasicAuth(worker, "demo").getForEntity(path, String.class);
                assertThat(response.getStatusCode()).as(worker + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
            }
        }
        assertThat(http.getForEntity("/api/models/changes", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    // ---- helpers ----

    private String deployed(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        String id = json.readTree(response.getBody()).get("id").asText();
        deployments.add(id);
        return id;
    }

    private JsonNode get(String user, String path) {
        ResponseEntity<JsonNode> response = http.withBasicAuth(user, !user.contains("-")
                ? "demo" : PASSWORD).getForEntity(path, JsonNode.class);
        assertThat(response.getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static JsonNode changeOf(JsonNode changes, String deploymentId) {
        for (JsonNode change : changes) {
            if (change.get("deploymentId").asText().equals(deploymentId)) {
                return change;
            }
        }
        throw new AssertionError("deployment " + deploymentId + " not listed in " + changes);
    }

    private ResponseEntity<String> deploy(String user, String file, String content) {
        return RestDeployments.deploy(http, user, PASSWORD, file, content);
    }

    private void createUser(String id, String group) {
        User user = identityService.newUser(id);
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(id, group);
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
