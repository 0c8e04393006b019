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
    @Autowired org.camunda.bpm.engine.ManagementService managementService;
    @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;

    @Test
    void runsOnH2AndAFrontLineWorkerFindsANewComplaintsTaskWithItsDueDate() {
        assertThat(jdbc.queryForObject("select database()", String.class)).isNotBlank();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = Complaints.exampleJson("ONLINE").replace("[\"AGITATED\"]", "[]");

        ResponseEntity<String> response = http.postForEntity("/api/complaints", new HttpEntity<>(body, headers), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody()).contains("\"level\":3");
        String caseNumber = response.getHeaders().getLocation().getPath().replace("/api/complaints/", "");
        var task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskCandidateGroup("complaint-frontline").initializeFormKeys().singleResult();
        assertThat(task.getName()).contains("现场处理");
        assertThat(task.getDueDate()).isNotNull();
        assertThat(task.getCamundaFormRef().getKey()).isEqualTo("complaint-frontline-resolve");
        assertThat(http.withBasicAuth("frontline", "demo").getForEntity(response.getHeaders().getLocation(), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        // the audit trail's union over four tables and the retention job's queries are plain SQL on H2 too
        ResponseEntity<String> trail = http.withBasicAuth("compliance", "demo")
                .getForEntity("/api/audit?caseNumber=" + caseNumber, String.class);
        assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(trail.getBody()).contains("\"COMPLAINT_READ_FULL\"", "\"GRADED\"");
        // (other H2 tests in this JVM may leave expired cases: the first sweep takes them, the second finds none)
        retention.anonymizeBatch();
        assertThat(retention.anonymizeBatch().anonymized()).isZero();
    }

    @Test
    void withoutMailOrSmsSettingsNoticesStayInTheDevInboxWhereStaffReadThem() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = Complaints.exampleJson("ONLINE").replace("[\"AGITATED\"]", "[]");
        ResponseEntity<String> response = http.postForEntity("/api/complaints", new HttpEntity<>(body, headers), String.class);
        String caseNumber = response.getHeaders().getLocation().getPath().replace("/api/complaints/", "");
        // the acknowledgement is sent by an asynchronous job (the job executor is off in this test)
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getId();
        managementService.createJobQuery().processInstanceId(instance).executable().list()
                .forEach(job -> managementService.executeJob(job.getId()));

        String inbox = "/api/notices/dev-inbox?caseNumber=" + caseNumber;
        ResponseEntity<String> asCompliance = http.withBasicAuth("compliance", "demo").getForEntity(inbox, String.class);
        assertThat(asCompliance.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(asCompliance.getBody()).contains("\"ACKNOWLEDGEMENT\"", "\"reference\":\"inbox-", caseNumber,
                "\"recipient\":\"" + "13800138000" + "\"");
        ResponseEntity<String> asSupervisor = http.withBasicAuth("supervisor", "demo").getForEntity(inbox, String.class);
        assertThat(asSupervisor.getBody()).contains("\"ACKNOWLEDGEMENT\"").doesNotContain("13800138000");
        for (String user : new String[] {"frontline", "leader", "reviewer", "executive", "claims", "manager", "owner",
                "wb-intake", "wb-investigator", "wb-committee", "wb-custodian"}) {
            ResponseEntity<String> refused = http.withBasicAuth(user, "demo").getForEntity(inbox, String.class);
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).as(user).doesNotContain(caseNumber);
        }
        assertThat(http.getForEntity(inbox, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        HttpHeaders html = new HttpHeaders();
        html.setAccept(java.util.List.of(MediaType.TEXT_HTML));
        ResponseEntity<String> page = http.withBasicAuth("compliance", "demo").exchange(inbox,
                org.springframework.http.HttpMethod.GET, new HttpEntity<>(html), String.class);
        assertThat(page.getBody()).contains("未真正发出", "NOT sent", caseNumber);
    }
}
