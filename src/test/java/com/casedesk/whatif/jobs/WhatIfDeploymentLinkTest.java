package com.casedesk.whatif.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.PostgresTest;
import com.casedesk.support.RestDeployments;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 19 and the deployment record of issue 18: a deployment lists the latest DONE what-if run of the same
 * files (same SHA-256), for those who may read that run; a deployment of other bytes lists none.
 */
@PostgresTest
class WhatIfDeploymentLinkTest {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired WhatIfRunner runner;
    @Autowired RepositoryService repositoryService;

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
    }

    @Test
    void aDeploymentOfFilesTriedBeforeShowsTheirWhatIfRun() throws Exception {
        String tried = WhatIfUploads.read(WhatIfUploads.GRADING).replace("<text>&gt;= 50000</text>", "<text>&gt;= 32000</text>");
        ResponseEntity<String> started = WhatIfUploads.post(http, "owner", WhatIfUploads.form(List.of(WhatIfUploads.file(
                "candidate", "complaint-grading.dmn", tried.getBytes(StandardCharsets.UTF_8))), Map.of("cases", "20")), null);
        String run = json.readTree(started.getBody()).get("id").asText();
        runner.awaitIdle(Duration.ofSeconds(90));

        String same = deploy(tried);
        String other = deploy(tried.replace("&gt;= 32000", "&gt;= 33000"));

        JsonNode changes = json.readTree(WhatIfApiTest.ok(http.withBasicAuth("owner", "demo")
                .getForEntity("/api/models/changes", String.class)));
        assertThat(changeOf(changes, same).get("whatIfRun").get("id").asText()).isEqualTo(run);
        assertThat(changeOf(changes, same).get("resources").get(0).get("key").asText()).isEqualTo("complaint-grading");
        assertThat(changeOf(changes, other).get("whatIfRun").isNull()).isTrue();
    }

    private String deploy(String content) throws Exception {
        ResponseEntity<String> response = RestDeployments.deploy(http, "owner", "demo", "complaint-grading.dmn", content);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        String id = json.readTree(response.getBody()).get("id").asText();
        deployments.add(id);
        return id;
    }

    private static JsonNode changeOf(JsonNode changes, String deploymentId) {
        for (JsonNode change : changes) {
            if (change.get("deploymentId").asText().equals(deploymentId)) {
                return change;
            }
        }
        throw new AssertionError("deployment " + deploymentId + " not listed in " + changes);
    }
}
