package com.casedesk.rectification;

import com.casedesk.complaint.intake.ComplaintIntake;
import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The rectification endpoints over HTTP, on PostgreSQL. */
@PostgresTest
class RectificationApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ComplaintIntake intake;
    @Autowired ObjectMapper json;

    @Test
    void staffOpenAnActionAndGetItsLocationAndRecord() throws Exception {
        String caseNumber = registerComplaint();

        ResponseEntity<String> response = post(caseNumber, body("dept-claims", "claims", "修订理赔材料补正告知流程",
                TODAY.plusDays(30)), "supervisor");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode action = json.readTree(response.getBody());
        long id = action.get("id").asLong();
        assertThat(response.getHeaders().getLocation())
                .hasToString("/api/complaints/" + caseNumber + "/rectifications/" + id);
        assertThat(action.get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(action.get("department").asText()).isEqualTo("dept-claims");
        assertThat(action.get("owner").asText()).isEqualTo("claims");
        assertThat(action.get("deadline").asText()).isEqualTo(TODAY.plusDays(30).toString());
        assertThat(action.get("status").asText()).isEqualTo("OPEN");
        assertThat(action.get("createdBy").asText()).isEqualTo("supervisor");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(RectificationProcess.KEY)
                .processInstanceBusinessKey(caseNumber).count()).isOne();
        assertThat(http.withBasicAuth("supervisor", "demo").getForEntity(response.getHeaders().getLocation(),
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode record = json.readTree(http.withBasicAuth("supervisor", "demo")
                .getForEntity("/api/complaints/" + caseNumber, String.class).getBody());
        assertThat(record.get("events").findValuesAsText("type")).contains("RECTIFICATION_OPENED");
    }

    @Test
    void theListShowsEachActionWithItsStatus() throws Exception {
        String caseNumber = registerComplaint();
        post(caseNumber, body("dept-claims", "claims", "理赔整改", TODAY.plusDays(10)), "supervisor");
        post(caseNumber, body("dept-sales", null, "销售整改", TODAY), "supervisor");
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(RectificationProcess.KEY).taskAssignee("claims").singleResult().getId();
        taskService.complete(taskId, java.util.Map.of(RectificationProcess.Vars.RESULT_NOTE.name(), "已整改"));

        ResponseEntity<String> response = http.withBasicAuth("frontline", "demo")
                .getForEntity("/api/complaints/" + caseNumber + "/rectifications", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode list = json.readTree(response.getBody());
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("status").asText()).isEqualTo("DONE");
        assertThat(list.get(0).get("resultNote").asText()).isEqualTo("已整改");
        assertThat(list.get(0).get("completedAt").isNull()).isFalse();
        assertThat(list.get(0).has("completedBy")).isTrue();
        assertThat(list.get(1).get("status").asText()).isEqualTo("OPEN");
        assertThat(list.get(1).get("department").asText()).isEqualTo("dept-sales");
        assertThat(list.get(1).get("owner").isNull()).isTrue();
        assertThat(list.get(1).get("completedAt").isNull()).isTrue();
        assertThat(list.get(1).get("reminderCount").asInt()).isZero();
        assertThat(list.get(1).get("escalationCount").asInt()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown department          | dept-legal  | claims     | 整改 | 30  | department",
            "no department               |             |            | 整改 | 30  | department",
            "owner not in the department | dept-claims | sales      | 整改 | 30  | owner",
            "owner who does not exist    | dept-claims | nobody     | 整改 | 30  | owner",
            "deadline in the past        | dept-claims | claims     | 整改 | -1  | deadline",
            "blank description           | dept-claims | claims     | '  ' | 30  | description",
    })
    void badInputIs400NamingTheFieldAndStartsNothing(String why, String department, String owner,
                                                    String description, int days, String field) throws Exception {
        String caseNumber = registerComplaint();

        ResponseEntity<String> response = post(caseNumber, body(department, owner, description, TODAY.plusDays(days)),
                "supervisor");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field")).containsExactly(field);
        assertThat(jdbc.queryForObject("select count(*) from rectification_action where case_number = ?",
                Integer.class, caseNumber)).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(RectificationProcess.KEY)
                .processInstanceBusinessKey(caseNumber).count()).isZero();
    }

    @Test
    void overLongDescriptionAndMalformedDeadlineAre400() throws Exception {
        String caseNumber = registerComplaint();

        ResponseEntity<String> tooLong = post(caseNumber, body("dept-claims", null, "改".repeat(2001),
                TODAY.plusDays(1)), "supervisor");
        ResponseEntity<String> badDate = post(caseNumber, """
                {"department": "dept-claims", "description": "整改", "deadline": "2026-13-45"}""", "supervisor");

        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(tooLong.getBody()).get("errors").findValuesAsText("field")).contains("description");
        assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(badDate.getBody()).get("errors").findValuesAsText("field")).contains("deadline");
    }

    @Test
    void anUnknownCaseIs404() throws Exception {
        ResponseEntity<String> open = post("TS19990101999999", body("dept-claims", null, "整改", TODAY), "supervisor");
        ResponseEntity<String> list = http.withBasicAuth("supervisor", "demo")
                .getForEntity("/api/complaints/TS19990101999999/rectifications", String.class);

        assertThat(open.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(open.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anActionOfAnotherCaseIs404() throws Exception {
        String caseNumber = registerComplaint();
        long id = json.readTree(post(caseNumber, body("dept-claims", null, "整改", TODAY), "supervisor").getBody())
                .get("id").asLong();

        ResponseEntity<String> response = http.withBasicAuth("supervisor", "demo")
                .getForEntity("/api/complaints/" + registerComplaint() + "/rectifications/" + id, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void bothEndpointsNeedALogin() throws Exception {
        String caseNumber = registerComplaint();

        ResponseEntity<String> open = post(caseNumber, body("dept-claims", null, "整改", TODAY), null);
        ResponseEntity<String> list = http.getForEntity("/api/complaints/" + caseNumber + "/rectifications", String.class);

        assertThat(open.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(open.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(open.getHeaders().getContentType()).isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(jdbc.queryForObject("select count(*) from rectification_action where case_number = ?",
                Integer.class, caseNumber)).isZero();
    }

    private String registerComplaint() {
        return intake.register(Complaints.ordinary(), null, "test", "frontline").receipt().caseNumber();
    }

    private String body(String department, String owner, String description, LocalDate deadline) throws Exception {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("department", department);
        body.put("owner", owner);
        body.put("description", description);
        body.put("deadline", deadline.toString());
        return json.writeValueAsString(body);
    }

    private ResponseEntity<String> post(String caseNumber, String body, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, "demo");
        return client.exchange("/api/complaints/" + caseNumber + "/rectifications", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
    }
}
