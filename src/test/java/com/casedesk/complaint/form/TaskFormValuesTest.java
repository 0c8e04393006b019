package com.casedesk.complaint.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.Channel;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.actions.ComplaintActions;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.support.Complaints;
import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.TaskWritePaths;
import com.casedesk.support.WebappLogin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17: the complaint forms carry what the step needs — absolute dates, labels, the phone on the
 * callback form (full for the front line, masked for others, every read audited), the previous round,
 * the claim beside the compensation with a warning, the investigation extension's days and dates. Read
 * as the real caller through {@code GET task/{id}/form-variables} (what Tasklist asks for a Camunda Form)
 * on {@code /engine-rest} and on Tasklist's own API; never stored in the engine, never writable.
 */
@PostgresTest
class TaskFormValuesTest {

    private static final String TASKLIST_API = "/camunda/api/engine/engine/default";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired ComplaintIntake intake;
    @Autowired ComplaintActions actions;
    @Autowired ComplaintRepository complaints;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired EngineDriver driver;
    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    @Test
    void aHandlingFormShowsTheDeadlinesAsDatesAndLabelsInsteadOfCodes() throws Exception {
        ProcessInstance pi = register(Complaints.ordinary());
        Task resolve = driver.task(pi, Elements.FRONTLINE_RESOLVE);
        Complaint complaint = complaints.getByCaseNumber(pi.getBusinessKey());

        for (JsonNode shown : List.of(engineRest("frontline", resolve), tasklist("frontline", resolve))) {
            assertThat(value(shown, "replyDeadline")).isEqualTo(day(complaint.getReplyDueBy()))
                    .matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(value(shown, "statutoryDeadline")).isEqualTo(day(complaint.getStatutoryDueBy()));
            assertThat(value(shown, "channelLabel")).isEqualTo("网站在线平台");
            assertThat(value(shown, "businessLineLabel")).isEqualTo("保险");
            assertThat(value(shown, "categoryLabel")).isEqualTo("理赔纠纷");
            assertThat(value(shown, "statusLabel")).isEqualTo("处理中");
            assertThat(shown.has("complainantPhone")).as("the phone is on the callback form only").isFalse();
            assertThat(shown.has("previousRoundResult")).as("a first round has none").isFalse();
            assertThat(value(shown, "caseNumber")).as("the stored variables are still there").isEqualTo(pi.getBusinessKey());
            assertThat(shown.path("claimedAmount").path("value").asDouble()).isEqualTo(12000.0);
            assertThat(value(shown, "complaintRequest")).isEqualTo("要求全额赔付");
            assertThat(value(shown, "respondentUnit")).isEqualTo("朝阳支行");
        }
        for (String fromTheLedger : List.of("claimedAmount", "complaintRequest", "respondentUnit")) {
            assertThat(runtimeService.getVariable(pi.getId(), fromTheLedger)).as("shown from the ledger, not stored").isNull();
        }
        // the form's fields show these names, and the engine never stores them
        assertThat(driver.deployedForm(resolve)).contains("\"key\": \"replyDeadline\"", "\"key\": \"statutoryDeadline\"",
                "\"key\": \"channelLabel\"", "\"key\": \"categoryLabel\"").doesNotContain("\"key\": \"channel\"");
        assertNotStored(pi, FormDisplayNames.ALL);
    }

    @Test
    void theCallbackFormShowsThePhoneInFullToTheFrontLineAndMaskedToOthersAndEveryReadIsAudited() throws Exception {
        ProcessInstance pi = toCallback(Complaints.ordinary());
        Task callback = driver.task(pi, Elements.CALLBACK);
        String caseNumber = pi.getBusinessKey();
        assertThat(driver.deployedForm(callback)).contains("\"key\": \"complainantPhone\"", "\"key\": \"callbackOutcome\"");

        assertThat(value(engineRest("frontline", callback), "complainantPhone")).isEqualTo("13800138000");
        assertThat(value(tasklist("frontline2", callback), "complainantPhone")).isEqualTo("13800138000");
        assertThat(value(engineRest("leader", callback), "complainantPhone")).isEqualTo("138****8000");
        assertThat(value(tasklist("leader", callback), "complainantPhone")).isEqualTo("138****8000");
        assertThat(value(engineRest("admin", callback), "complainantPhone")).isEqualTo("138****8000");

        assertThat(audits(caseNumber)).containsExactly("frontline:COMPLAINT_READ_FULL", "frontline2:COMPLAINT_READ_FULL",
                "leader:COMPLAINT_READ_MASKED", "leader:COMPLAINT_READ_MASKED", "admin:COMPLAINT_READ_MASKED");

        // a reader who asks only for other variables neither gets nor reads the phone
        JsonNode some = json.readTree(http.withBasicAuth("frontline", "demo").getForEntity("/engine-rest/task/"
                + callback.getId() + "/form-variables?variableNames=callbackOutcome,replyDeadline", String.class).getBody());
        assertThat(some.has("complainantPhone")).isFalse();
        assertThat(some.has("replyDeadline")).isTrue();
        // someone the engine does not let read the task gets the engine's refusal, no phone and no audit row
        ResponseEntity<String> refused = http.withBasicAuth("claims", "demo").getForEntity("/engine-rest/task/"
                + callback.getId() + "/form-variables", String.class);
        assertThat(refused.getStatusCode().is4xxClientError()).as(refused.getBody()).isTrue();
        assertThat(refused.getBody()).doesNotContain("13800138000", "138****8000");
        assertThat(audits(caseNumber)).hasSize(5);
        assertNotStored(pi, Set.of("complainantPhone"));
    }

    @Test
    void aSecondRoundShowsThePreviousDecisionAndWhyTheComplainantWasNotSatisfied() throws Exception {
        ProcessInstance pi = toCallback(Complaints.ordinary());
        taskService.complete(driver.task(pi, Elements.CALLBACK).getId(), Map.of(Vars.CALLBACK_OUTCOME.name(), "UNSATISFIED",
                Vars.CALLBACK_NOTE.name(), "赔偿金额太低，要求全额赔付"));
        Task roundTwo = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(runtimeService.getVariable(pi.getId(), Vars.HANDLING_ROUND.name())).isEqualTo(2);

        for (JsonNode shown : List.of(engineRest("frontline", roundTwo), tasklist("frontline", roundTwo))) {
            assertThat(value(shown, "previousRoundResult")).isEqualTo("支持投诉请求，解释说明");
            assertThat(value(shown, "unsatisfiedReason")).isEqualTo("不满意：赔偿金额太低，要求全额赔付");
        }
        assertThat(driver.deployedForm(roundTwo)).contains("\"key\": \"previousRoundResult\"", "\"key\": \"unsatisfiedReason\"");
    }

    @Test
    void theCompensationApprovalShowsTheClaimTheFindingsAndWarnsWhenTheCompensationExceedsTheClaim() throws Exception {
        ProcessInstance pi = toDecision(Complaints.with(Channel.HOTLINE, new BigDecimal("200.00"), Set.of(), 1));
        decide(pi, 15000.0);
        Task approval = driver.task(pi, Elements.APPROVE_COMPENSATION);

        for (JsonNode shown : List.of(engineRest("supervisor", approval), tasklist("supervisor", approval))) {
            assertThat(shown.path("claimedAmount").path("value").asDouble()).isEqualTo(200.0);
            assertThat(shown.path("compensationAmount").path("value").asDouble()).isEqualTo(15000.0);
            assertThat(value(shown, "findings")).isEqualTo("核实属实");
            assertThat(value(shown, "rootCauseLabel")).isEqualTo("服务态度及服务质量");
            assertThat(shown.path("compensationExceedsClaim").path("value").asBoolean()).isTrue();
            assertThat(value(shown, "compensationWarning")).contains("15000", "200");
        }
        String form = driver.deployedForm(approval);
        assertThat(form).contains("\"key\": \"claimedAmount\"", "\"key\": \"findings\"", "\"key\": \"rootCauseLabel\"",
                "\"hide\": \"=compensationExceedsClaim != true\"");

        ProcessInstance within = toDecision(Complaints.ordinary()); // 12,000 claimed
        decide(within, 11000.0);
        JsonNode shown = engineRest("supervisor", driver.task(within, Elements.APPROVE_COMPENSATION));
        assertThat(shown.path("compensationExceedsClaim").path("value").asBoolean()).isFalse();
        assertThat(shown.path("compensationWarning").path("value").isNull()).isTrue();
    }

    @Test
    void theInvestigationExtensionHasItsOwnApprovalFormWithTheDaysAndBothDates() throws Exception {
        ProcessInstance pi = toInvestigation(Complaints.ordinary());
        String caseNumber = pi.getBusinessKey();
        driver.asApiUser("supervisor", () -> actions.requestInvestigationExtension(caseNumber, 1, "需调取第三方记录"));
        Task approval = taskService.createTaskQuery().processDefinitionKey("complaint-extension")
                .processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(approval.getTaskDefinitionKey()).isEqualTo("Task_ApproveInvestigationExtension");
        assertThat(approval.getName()).startsWith("调查期限延期审批");
        String form = driver.deployedForm(approval);
        assertThat(form).contains("\"id\": \"complaint-investigation-extension-approval\"", "\"key\": \"extensionDays\"",
                "\"key\": \"investigationDeadline\"", "\"key\": \"newInvestigationDeadline\"").doesNotContain("30日");
        Complaint before = complaints.getByCaseNumber(caseNumber);

        JsonNode shown = tasklist("supervisor2", approval);
        assertThat(shown.path("extensionDays").path("value").asInt()).isEqualTo(1);
        assertThat(value(shown, "investigationDeadline")).isEqualTo(day(before.getInvestigationDueBy()));
        String promised = value(shown, "newInvestigationDeadline");
        assertThat(promised).isGreaterThan(value(shown, "investigationDeadline"));
        assertThat(value(engineRest("supervisor2", approval), "newInvestigationDeadline")).isEqualTo(promised);

        driver.as("supervisor2", () -> taskService.complete(approval.getId(), Map.of("extensionApproved", "true",
                "approvalNote", "同意")));
        assertThat(day(complaints.getByCaseNumber(caseNumber).getInvestigationDueBy()))
                .as("the approval sets the date the form promised").isEqualTo(promised);

        // the reply deadline's extension (a complex case) keeps its own form
        taskService.complete(driver.task(pi, Elements.INVESTIGATE).getId(), Map.of(Vars.FINDINGS.name(), "案情复杂",
                Vars.ROOT_CAUSE.name(), "SERVICE_QUALITY", Vars.COMPLEX.name(), true));
        driver.asApiUser("frontline", () -> actions.requestExtension(caseNumber, "材料未齐"));
        Task statutory = taskService.createTaskQuery().processDefinitionKey("complaint-extension")
                .processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(statutory.getTaskDefinitionKey()).isEqualTo("Task_ApproveExtension");
        assertThat(driver.deployedForm(statutory)).contains("\"id\": \"complaint-extension-approval\"", "\"key\": \"replyDeadline\"");
    }

    @Test
    void nobodyWritesADisplayValueThroughTheTaskOnAnyPath() throws Exception {
        ProcessInstance pi = toCallback(Complaints.ordinary());
        Task callback = driver.task(pi, Elements.CALLBACK);
        String id = callback.getId();
        driver.as("frontline", () -> taskService.claim(id, "frontline"));
        Map<String, Object> variables = runtimeService.getVariables(pi.getId());
        Map<String, Object> local = taskService.getVariablesLocal(id); // only the service's card values
        List<String> events = events(pi.getBusinessKey());
        TaskWritePaths writes = new TaskWritePaths(http, json, id, "frontline");

        for (String name : List.of("complainantPhone", "replyDeadline", "previousRoundResult", "compensationExceedsClaim",
                "unsatisfiedReason", "channelLabel")) {
            String body = "{\"variables\": {\"callbackOutcome\": {\"value\": \"SATISFIED\"}, \"" + name
                    + "\": {\"value\": \"13900000000\"}}}";
            // a candidate may not write task variables at all (the engine's 403); the assignee is refused the name
            writes.assertRefused(name, body, "x", List.of("frontline2", "frontline"));
        }

        assertThat(taskService.createTaskQuery().taskId(id).count()).as("the task is still open").isOne();
        assertThat(runtimeService.getVariables(pi.getId())).isEqualTo(variables);
        assertThat(taskService.getVariablesLocal(id)).isEqualTo(local).doesNotContainKeys(FormDisplayNames.ALL.toArray(String[]::new));
        assertThat(events(pi.getBusinessKey())).isEqualTo(events);
        assertNotStored(pi, FormDisplayNames.ALL);
    }

    // --- helpers

    private JsonNode engineRest(String user, Task task) throws Exception {
        ResponseEntity<String> answer = http.withBasicAuth(user, "demo").getForEntity("/engine-rest/task/" + task.getId()
                + "/form-variables?deserializeValues=false", String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }

    /** As Tasklist loads a Camunda Form: the webapp session's own engine API. */
    private JsonNode tasklist(String user, Task task) throws Exception {
        WebappLogin.Session session = WebappLogin.as(http, user, "tasklist");
        ResponseEntity<String> answer = http.exchange(TASKLIST_API + "/task/" + task.getId()
                + "/form-variables?deserializeValues=false", HttpMethod.GET, new HttpEntity<>(session.headers()), String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }

    private static String value(JsonNode variables, String name) {
        assertThat(variables.has(name)).as(name + " in " + variables.fieldNames().toString()).isTrue();
        return variables.path(name).path("value").asText(null);
    }

    private static String day(Instant at) {
        return at.atZone(SHANGHAI).toLocalDate().toString();
    }

    private void assertNotStored(ProcessInstance pi, Set<String> names) {
        for (String name : names) {
            assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                    .variableName(name).count()).as(name + " in the engine's history").isZero();
        }
    }

    private List<String> audits(String caseNumber) {
        return jdbc.queryForList("select actor || ':' || action from audit_log where case_number = ? order by id",
                String.class, caseNumber);
    }

    private List<String> events(String caseNumber) {
        return jdbc.queryForList("select event_type || ':' || coalesce(detail, '') from case_event where case_number = ?"
                + " order by id", String.class, caseNumber);
    }

    private ProcessInstance register(com.casedesk.complaint.ComplaintSubmission submission) {
        String caseNumber = intake.register(submission, null, "test", "frontline").receipt().caseNumber();
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-handling")
                .processInstanceBusinessKey(caseNumber).singleResult();
        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        return pi;
    }

    /** A Level 3 complaint, not resolved on the spot: waiting at the investigation. */
    private ProcessInstance toInvestigation(com.casedesk.complaint.ComplaintSubmission submission) {
        ProcessInstance pi = register(submission);
        assertThat(runtimeService.getVariable(pi.getId(), Vars.LEVEL.name())).isEqualTo(3);
        taskService.complete(driver.task(pi, Elements.FRONTLINE_RESOLVE).getId(),
                Map.of(Vars.RESOLVED_ON_SPOT.name(), "false"));
        return pi;
    }

    private ProcessInstance toDecision(com.casedesk.complaint.ComplaintSubmission submission) {
        ProcessInstance pi = toInvestigation(submission);
        taskService.complete(driver.task(pi, Elements.INVESTIGATE).getId(), Map.of(Vars.FINDINGS.name(), "核实属实",
                Vars.ROOT_CAUSE.name(), "SERVICE_QUALITY"));
        return pi;
    }

    /** Decided by frontline (the supervisor then may approve: four-eyes). */
    private void decide(ProcessInstance pi, double compensation) {
        Task decide = driver.task(pi, Elements.DECIDE);
        driver.asMemberOf("frontline", driver.candidateGroups(decide), () -> taskService.complete(decide.getId(),
                Map.of(Vars.RESULT.name(), "UPHELD", Vars.MEASURE.name(), "COMPENSATION", Vars.RESOLUTION.name(), "赔付",
                        Vars.COMPENSATION_AMOUNT.name(), compensation)));
    }

    private ProcessInstance toCallback(com.casedesk.complaint.ComplaintSubmission submission) {
        ProcessInstance pi = toDecision(submission);
        taskService.complete(driver.task(pi, Elements.DECIDE).getId(), Map.of(Vars.RESULT.name(), "UPHELD",
                Vars.MEASURE.name(), "EXPLANATION", Vars.RESOLUTION.name(), "已解释"));
        driver.executeJob(pi, Elements.SEND_DECISION);
        return pi;
    }
}
