package com.casedesk.complaint.review;

import com.casedesk.complaint.ComplaintProperties;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.NotifiedDecisions;
import com.casedesk.complaint.UnmeasuredProcesses;
import com.casedesk.complaint.intake.ComplaintIntake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.deadline.CalendarDays;
import com.casedesk.process.TaskRuleViolation;
import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * The review-request contract over HTTP, on PostgreSQL. Time is moved with the engine clock, which
 * the service's clock follows (deadline/EngineClock).
 */
@PostgresTest
class ComplaintReviewApiTest {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    @Autowired ProcessEngine engine;
    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired ComplaintIntake intake;
    @Autowired ComplaintRepository complaints;
    @Autowired ComplaintProperties properties;

    NotifiedDecisions decisions;
    static String caseForBadInput;

    @BeforeEach
    void drivers() {
        UnmeasuredProcesses.allow(engine);
        decisions = new NotifiedDecisions(intake, runtimeService, taskService, managementService, identityService);
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void staffRegisterAnApplicationAndTheReviewIsDue30DaysLater() throws Exception {
        String caseNumber = decisions.noticeSent();

        ResponseEntity<String> response = post(caseNumber, "{\"reason\": \"认为赔偿金额计算有误\"}", "frontline");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = json.readTree(response.getBody());
        long reviewId = body.get("reviewId").asLong();
        assertThat(response.getHeaders().getLocation())
                .hasToString("/api/complaints/" + caseNumber + "/review-requests/" + reviewId);
        assertThat(body.get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(body.get("status").asText()).isEqualTo("OPEN");
        Instant requestedAt = Instant.parse(body.get("requestedAt").asText());
        assertThat(Instant.parse(body.get("reviewDueBy").asText()))
                .isEqualTo(CalendarDays.endOfPeriod(requestedAt, 30, properties.zone()));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ReviewProcess.KEY)
                .processInstanceBusinessKey(caseNumber).count()).isOne();

        JsonNode list = json.readTree(get("/api/complaints/" + caseNumber + "/review-requests", "supervisor").getBody());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("reason").asText()).isEqualTo("认为赔偿金额计算有误");
        assertThat(list.get(0).get("registeredBy").asText()).isEqualTo("frontline");
        ResponseEntity<String> one = get(response.getHeaders().getLocation().toString(), "reviewer");
        assertThat(one.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(one.getBody()).get("reviewId").asLong()).isEqualTo(reviewId);
    }

    @Test
    void anApplicationMustArriveWithin30CalendarDaysOfTheDecisionNotice() throws Exception {
        String caseNumber = decisions.noticeSent();
        Instant noticeSentAt = complaints.getByCaseNumber(caseNumber).getFeedbackSentAt();
        Instant lastMoment = CalendarDays.endOfPeriod(noticeSentAt, 30, properties.zone());
        ClockUtil.setCurrentTime(Date.from(lastMoment.plus(Duration.ofDays(5))));

        ResponseEntity<String> registeredToday = post(caseNumber, "{\"reason\": \"不服\"}", "frontline");
        ResponseEntity<String> arrivedOneSecondLate = post(caseNumber, application(lastMoment.plusSeconds(1)), "frontline");

        for (ResponseEntity<String> late : List.of(registeredToday, arrivedOneSecondLate)) {
            assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(late.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = json.readTree(late.getBody());
            assertThat(problem.get("title").asText()).isEqualTo("Review period expired");
            assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("receivedAt");
            assertThat(Instant.parse(problem.get("applyBy").asText())).isEqualTo(lastMoment);
        }
        assertThat(reviewsOf(caseNumber)).isZero();

        // an application that arrived on the last day is in time, however late it is registered
        ResponseEntity<String> inTime = post(caseNumber, application(lastMoment), "frontline");

        assertThat(inTime.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = json.readTree(inTime.getBody());
        assertThat(Instant.parse(body.get("requestedAt").asText())).isEqualTo(lastMoment);
        assertThat(Instant.parse(body.get("reviewDueBy").asText()))
                .isEqualTo(CalendarDays.endOfPeriod(lastMoment, 30, properties.zone()));
    }

    @Test
    void aDecisionNotYetNotifiedCannotBeReviewed() throws Exception {
        String caseNumber = decisions.registered();

        ResponseEntity<String> response = post(caseNumber, "{\"reason\": \"不服\"}", "frontline");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("title").asText()).isEqualTo("No decision notice yet");
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("caseNumber");
        assertThat(reviewsOf(caseNumber)).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ReviewProcess.KEY)
                .processInstanceBusinessKey(caseNumber).count()).isZero();
    }

    @Test
    void aSecondApplicationWhileTheFirstIsOpenIsRefused() throws Exception {
        String caseNumber = decisions.noticeSent();
        long first = json.readTree(post(caseNumber, "{\"reason\": \"不服\"}", "frontline").getBody())
                .get("reviewId").asLong();

        ResponseEntity<String> second = post(caseNumber, "{\"reason\": \"再次申请\"}", "frontline");

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        JsonNode problem = json.readTree(second.getBody());
        assertThat(problem.get("title").asText()).isEqualTo("Review already open");
        assertThat(problem.get("openReviewId").asLong()).isEqualTo(first);
        assertThat(reviewsOf(caseNumber)).isOne();
    }

    @Test
    void theDeciderRecordedByTheComplaintProcessCannotTakeTheReview() throws Exception {
        String caseNumber = decisions.noticeSent();
        assertThat(complaints.getByCaseNumber(caseNumber).getDecidedBy()).isEqualTo(NotifiedDecisions.DECIDER);
        post(caseNumber, "{\"reason\": \"不服\"}", "frontline");
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(ReviewProcess.Elements.REVIEW).singleResult().getId();

        // even a decider who also sits in the review group
        identityService.setAuthentication(NotifiedDecisions.DECIDER, List.of("complaint-supervisor", "complaint-review"));
        try {
            assertThatThrownBy(() -> taskService.claim(taskId, NotifiedDecisions.DECIDER))
                    .isInstanceOf(TaskRuleViolation.class);
        } finally {
            identityService.clearAuthentication();
        }
        taskService.claim(taskId, "reviewer");
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("reviewer");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no reason                 | {}                                                     | reason",
            "blank reason              | {\"reason\": \"   \"}                                 | reason",
            "over-long reason          | {\"reason\": \"LONG\"}                                | reason",
            "control character         | {\"reason\": \"不服\\u0007\"}                        | reason",
            "receivedAt not a date     | {\"reason\": \"不服\", \"receivedAt\": \"yesterday\"}  | receivedAt",
            "receivedAt in the future  | {\"reason\": \"不服\", \"receivedAt\": \"FUTURE\"}     | receivedAt",
            "receivedAt before notice  | {\"reason\": \"不服\", \"receivedAt\": \"BEFORE\"}     | receivedAt",
    })
    void badInputIs400NamingTheFieldAndWritesNothing(String why, String body, String field) throws Exception {
        if (caseForBadInput == null) {
            caseForBadInput = decisions.noticeSent(); // refused applications write nothing, so one case serves all
        }
        String caseNumber = caseForBadInput;
        Instant noticeSentAt = complaints.getByCaseNumber(caseNumber).getFeedbackSentAt();
        String request = body.replace("LONG", "理".repeat(2001))
                .replace("FUTURE", Instant.now().plus(Duration.ofDays(1)).atOffset(BEIJING).toString())
                .replace("BEFORE", noticeSentAt.minus(Duration.ofHours(1)).atOffset(BEIJING).toString());

        ResponseEntity<String> response = post(caseNumber, request, "frontline");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field")).containsExactly(field);
        assertThat(reviewsOf(caseNumber)).isZero();
    }

    @Test
    void reviewsAreForStaffOnly() {
        ResponseEntity<String> post = post("TS20260101000001", "{\"reason\": \"不服\"}", null);
        ResponseEntity<String> list = http.getForEntity("/api/complaints/TS20260101000001/review-requests", String.class);

        assertThat(post.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post.getHeaders().getContentType()).isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anUnknownCaseOrReviewIs404ProblemJson() {
        ResponseEntity<String> post = post("TS19990101999999", "{\"reason\": \"不服\"}", "frontline");
        ResponseEntity<String> list = get("/api/complaints/TS19990101999999/review-requests", "frontline");
        String known = decisions.registered();
        ResponseEntity<String> review = get("/api/complaints/" + known + "/review-requests/999999999", "frontline");

        for (ResponseEntity<String> response : List.of(post, list, review)) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    private static String application(Instant receivedAt) {
        return "{\"reason\": \"不服\", \"receivedAt\": \"" + receivedAt.atOffset(BEIJING) + "\"}";
    }

    private ResponseEntity<String> post(String caseNumber, String body, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, "demo");
        return client.exchange("/api/complaints/" + caseNumber + "/review-requests", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> get(String path, String user) {
        return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }

    private int reviewsOf(String caseNumber) {
        return jdbc.queryForObject("select count(*) from complaint_review where case_number = ?", Integer.class,
                caseNumber);
    }
}
