package com.casedesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.Complaints;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The README's run command starts the service on in-memory H2 with the default configuration. This
 * checks that configuration end to end: migrations, sequences and identifiers differ from PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
// runs in its own JVM (pom.xml, surefire execution embedded-default): Camunda's REST API and webapps
// find their engine in a JVM-wide registry, and this engine would take over the PostgreSQL tests' one
class EmbeddedDefaultTest {

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired TaskService taskService;
    @Autowired com.casedesk.retention.Retention retention;

    @Test
    void runsOnH2AndAFrontLineWorkerFindsANewComplaintsTaskWithItsDueDate() {
        assertThat(jdbc.queryForObject("select database()", String.class)).isNotBlank();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = Complaints.exampleJson("ONLINE").replace("[\"AGITATED\"]", "[]");

        ResponseEntity<String> response = http.postForEntity("/api/complaints", new HttpEntity<>(body, headers), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody()).contains("\"level\":3");
        var task = taskService.createTaskQuery().taskCandidateGroup("complaint-frontline").initializeFormKeys()
                .singleResult();
        assertThat(task.getName()).contains("现场处理");
        assertThat(task.getDueDate()).isNotNull();
        assertThat(task.getCamundaFormRef().getKey()).isEqualTo("complaint-frontline-resolve");
        assertThat(http.withBasicAuth("frontline", "demo").getForEntity(response.getHeaders().getLocation(), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        // the audit trail's union over four tables and the retention job's queries are plain SQL on H2 too
        String caseNumber = response.getHeaders().getLocation().getPath().replace("/api/complaints/", "");
        ResponseEntity<String> trail = http.withBasicAuth("compliance", "demo")
                .getForEntity("/api/audit?caseNumber=" + caseNumber, String.class);
        assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(trail.getBody()).contains("\"COMPLAINT_READ_FULL\"", "\"GRADED\"");
        // (other H2 tests in this JVM may leave expired cases: the first sweep takes them, the second finds none)
        retention.anonymizeBatch();
        assertThat(retention.anonymizeBatch().anonymized()).isZero();
    }
}
