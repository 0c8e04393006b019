package com.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.Channel;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.RestDeployments;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The quality gate of issue 18 on the real service: a process owner deploys from Camunda Modeler
 * ({@code POST /engine-rest/deployment/create}, multipart). What the service could not run correctly is
 * refused with 400, every problem named by resource, element and reason in the message Modeler shows, and
 * nothing is stored; an owner's legitimate changes are accepted and take effect for the next case.
 */
@PostgresTest
class DeploymentQualityGateTest {

    private static final String HANDLING = "processes/complaint/complaint-handling.bpmn";
    private static final String GRADING = "processes/complaint/complaint-grading.dmn";
    private static final String SECOND_LOOK_FORM = """
            {"id": "complaint-second-look", "type": "default", "schemaVersion": 12,
             "executionPlatform": "Camunda Platform", "executionPlatformVersion": "7.24.0", "components": [
              {"type": "textfield", "id": "Field_CaseNumber", "key": "caseNumber", "label": "案件编号 (Case number)", "disabled": true},
              {"type": "number", "id": "Field_Level", "key": "level", "label": "投诉等级 (Level)", "disabled": true},
              {"type": "textarea", "id": "Field_SecondLookNote", "key": "secondLookNote", "label": "复核意见 (Second look note)"}]}""";

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ComplaintIntake intake;
    @Autowired ComplaintRepository complaints;

    // ---- accepted, and in effect for the next case ----

    @Test
    void anOwnersThresholdChangeInTheGradingTableIsAcceptedAndGradesTheNextCase() throws Exception {
        assertThat(register(new BigDecimal("350000.00")).getLevel()).isEqualTo(2);
        String table = read(GRADING);
        assertThat(table).contains("<text>&gt;= 500000</text>");

        ResponseEntity<String> response = deploy("grading-threshold", Map.of("complaint-grading.dmn",
                table.replace("<text>&gt;= 500000</text>", "<text>&gt;= 300000</text>")));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        try {
            assertThat(register(new BigDecimal("350000.00")).getLevel()).isEqualTo(1);
        } finally {
            repositoryService.deleteDeployment(id(response), true);
        }
    }

    @Test
    void aNewUserTaskWithANewFormIsAcceptedAndTheNextCaseReachesItAndShowsTheForm() throws Exception {
        ResponseEntity<String> response = deploy("second-look", Map.of(
                "complaint-handling.bpmn", withSecondLook(read(HANDLING), "complaint-second-look"),
                "complaint-second-look.form", SECOND_LOOK_FORM));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        try {
            String caseNumber = register(new BigDecimal("1000.00")).getCaseNumber();
            String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.KEY)
                    .processInstanceBusinessKey(caseNumber).singleResult().getId();
            Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_SecondLook")
                    .singleResult();
            assertThat(task).as("the new case waits in the new task").isNotNull();
            assertThat(task.getName()).isEqualTo("复核 Second look");

            ResponseEntity<String> form = http.withBasicAuth("supervisor", "demo")
                    .getForEntity("/engine-rest/task/" + task.getId() + "/deployed-form", String.class);
            assertThat(form.getStatusCode()).as(form.getBody()).isEqualTo(HttpStatus.OK);
            JsonNode shown = json.readTree(form.getBody());
            assertThat(shown.get("id").asText()).isEqualTo("complaint-second-look");
            assertThat(form.getBody()).contains("复核意见 (Second look note)");
        } finally {
            repositoryService.deleteDeployment(id(response), true);
        }
    }

    // ---- refused, each problem named, nothing stored ----

    @Test
    void eachKindOfMistakeIsRefusedWithItsReasonAndNothingIsStored() throws Exception {
        String handling = read(HANDLING);
        String grading = read(GRADING);
        Map<String, Mistake> mistakes = new LinkedHashMap<>();
        mistakes.put("missing form", new Mistake(Map.of("complaint-handling.bpmn",
                withSecondLook(handling, "complaint-second-look")), "complaint-handling.bpmn", "Task_SecondLook",
                "form not found", "complaint-second-look"));
        mistakes.put("form binds a service-owned variable", new Mistake(Map.of(
                "complaint-handling.bpmn", withSecondLook(handling, "complaint-second-look"),
                "complaint-second-look.form", SECOND_LOOK_FORM.replace("\"label\": \"投诉等级 (Level)\", \"disabled\": true",
                        "\"label\": \"投诉等级 (Level)\"")), "complaint-second-look.form", "complaint-second-look",
                "owns", "level"));
        mistakes.put("form binds a deadline", new Mistake(Map.of(
                "complaint-handling.bpmn", withSecondLook(handling, "complaint-second-look"),
                "complaint-second-look.form", SECOND_LOOK_FORM.replace("\"key\": \"secondLookNote\"", "\"key\": \"replyDueBy\"")),
                "complaint-second-look.form", "complaint-second-look", "owns", "replyDueBy"));
        mistakes.put("misspelt decision output", new Mistake(Map.of("complaint-grading.dmn",
                grading.replace("name=\"level\" typeRef=\"integer\"", "name=\"levelX\" typeRef=\"integer\"")),
                "complaint-grading.dmn", "complaint-grading", "output level", "missing"));
        mistakes.put("decision output of the wrong type", new Mistake(Map.of("complaint-grading.dmn",
                grading.replace("name=\"level\" typeRef=\"integer\"", "name=\"level\" typeRef=\"string\"")),
                "complaint-grading.dmn", "Output_Level", "integer", "string"));
        mistakes.put("removed element the code names", new Mistake(Map.of("complaint-handling.bpmn",
                renamed(handling, "Task_ApplyGrade", "Task_RecordGrade")), "complaint-handling.bpmn", "Task_ApplyGrade",
                "ComplaintProcess.Elements", "removed or renamed"));
        mistakes.put("no history time to live", new Mistake(Map.of("complaint-handling.bpmn",
                handling.replace("camunda:historyTimeToLive=\"P1825D\"", "")), "complaint-handling.bpmn",
                "complaint-handling", "historyTimeToLive"));
        mistakes.put("disconnected task", new Mistake(Map.of("complaint-handling.bpmn", handling.replace("</bpmn:process>",
                "  <bpmn:userTask id=\"Task_Orphan\" name=\"孤立 Orphan\" camunda:formRef=\"complaint-decide\" "
                        + "camunda:candidateGroups=\"complaint-supervisor\" />\n  </bpmn:process>")),
                "complaint-handling.bpmn", "Task_Orphan", "no-disconnected"));
        mistakes.put("gateway without condition or default", new Mistake(Map.of("complaint-handling.bpmn", handling
                .replace("<bpmn:exclusiveGateway id=\"Gateway_Major\" name=\"重大投诉? Major?\" default=\"Flow_NotMajor\">",
                        "<bpmn:exclusiveGateway id=\"Gateway_Major\" name=\"重大投诉? Major?\">")),
                "complaint-handling.bpmn", "Flow_NotMajor", "conditional-flows", "Gateway_Major"));
        mistakes.put("misspelt variable", new Mistake(Map.of("complaint-handling.bpmn",
                handling.replace("${level == 2}", "${levelX == 2}")), "complaint-handling.bpmn", null, "levelX",
                "written by no form"));

        for (Map.Entry<String, Mistake> mistake : mistakes.entrySet()) {
            Mistake m = mistake.getValue();
            m.resources().values().forEach(content -> assertThat(content).as(mistake.getKey() + ": the change applies")
                    .isNotIn(handling, grading));
            Counts before = counts();

            ResponseEntity<String> response = deploy("gate-" + mistake.getKey().replace(' ', '-'), m.resources());

            assertThat(response.getStatusCode()).as(mistake.getKey() + ": " + response.getBody())
                    .isEqualTo(HttpStatus.BAD_REQUEST);
            JsonNode body = json.readTree(response.getBody());
            String reasons = m.element() == null ? String.join(" | ", errors(body, m.resource()).values())
                    : errors(body, m.resource()).get(m.element());
            assertThat(reasons).as(mistake.getKey() + ": " + response.getBody()).isNotNull().contains(m.words());
            assertThat(body.get("message").asText()).as(mistake.getKey()).contains("部署被拒绝 (deployment refused)")
                    .contains(m.words());
            assertThat(counts()).as(mistake.getKey() + ": nothing stored").isEqualTo(before);
        }
    }

    @Test
    void everyProblemOfADeploymentIsListedInOneAnswer() throws Exception {
        String model = renamed(withSecondLook(read(HANDLING), "complaint-second-look-missing"), "Task_ApplyGrade",
                "Task_RecordGrade")
                .replace("camunda:historyTimeToLive=\"P1825D\"", "")
                .replace("${level == 2}", "${levelX == 2}")
                .replace("<bpmn:exclusiveGateway id=\"Gateway_Major\" name=\"重大投诉? Major?\" default=\"Flow_NotMajor\">",
                        "<bpmn:exclusiveGateway id=\"Gateway_Major\" name=\"重大投诉? Major?\">");
        model = model.replace("</bpmn:process>",
                "  <bpmn:userTask id=\"Task_Orphan\" name=\"孤立 Orphan\" camunda:formRef=\"complaint-decide\" "
                        + "camunda:candidateGroups=\"complaint-supervisor\" />\n  </bpmn:process>");
        String table = read(GRADING).replace("name=\"level\" typeRef=\"integer\"", "name=\"levelX\" typeRef=\"integer\"");
        String form = SECOND_LOOK_FORM.replace("\"label\": \"投诉等级 (Level)\", \"disabled\": true", "\"label\": \"投诉等级 (Level)\"");
        Counts before = counts();

        ResponseEntity<String> response = deploy("gate-everything", Map.of("complaint-handling.bpmn", model,
                "complaint-grading.dmn", table, "complaint-second-look.form", form));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("type").asText()).isEqualTo("ParseException");
        assertThat(errors(body, "complaint-handling.bpmn")).containsKeys("Task_ApplyGrade", "complaint-handling",
                "Task_SecondLook", "Task_Orphan", "Flow_NotMajor");
        assertThat(String.join(" ", errors(body, "complaint-handling.bpmn").values())).contains("levelX");
        assertThat(errors(body, "complaint-grading.dmn")).containsKey("complaint-grading");
        assertThat(errors(body, "complaint-second-look.form")).containsKey("complaint-second-look");
        // what Camunda Modeler shows: the message, one line per problem
        String message = body.get("message").asText();
        assertThat(message.lines().filter(l -> l.startsWith("* ")).count()).isGreaterThanOrEqualTo(8);
        assertThat(message).contains("complaint-handling.bpmn | Task_ApplyGrade | [Java 引用 Java names]",
                "complaint-handling.bpmn | complaint-handling | [历史保留 history]",
                "complaint-handling.bpmn | Task_SecondLook | [表单 form]",
                "complaint-handling.bpmn | Task_Orphan | [模型规则 lint]",
                "complaint-grading.dmn | complaint-grading | [决策 decision]",
                "complaint-second-look.form | complaint-second-look | [表单 form]");
        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from ACT_RE_DEPLOYMENT where NAME_ = 'gate-everything'", Long.class))
                .isZero();
    }

    // ---- helpers ----

    private record Mistake(Map<String, String> resources, String resource, String element, String... words) {
    }

    private record Counts(long deployments, long processes, long decisions, long forms, long resources) {
    }

    private Counts counts() {
        return new Counts(repositoryService.createDeploymentQuery().count(),
                repositoryService.createProcessDefinitionQuery().count(),
                repositoryService.createDecisionDefinitionQuery().count(),
                jdbc.queryForObject("select count(*) from ACT_RE_CAMFORMDEF", Long.class),
                jdbc.queryForObject("select count(*) from ACT_GE_BYTEARRAY where TYPE_ = 1", Long.class));
    }

    /** A user task 复核 after the grade is recorded, with the given form, routed to the supervisors. */
    private static String withSecondLook(String handling, String formRef) {
        String flow = "<bpmn:sequenceFlow id=\"Flow_ApplyToSplit\" sourceRef=\"Task_ApplyGrade\" targetRef=\"Gateway_SplitAcknowledgement\" />";
        assertThat(handling).contains(flow, "<bpmn:incoming>Flow_ApplyToSplit</bpmn:incoming>");
        return handling
                .replace("<bpmn:incoming>Flow_ApplyToSplit</bpmn:incoming>", "<bpmn:incoming>Flow_SecondLookToSplit</bpmn:incoming>")
                .replace(flow, """
                        <bpmn:sequenceFlow id="Flow_ApplyToSplit" sourceRef="Task_ApplyGrade" targetRef="Task_SecondLook" />
                            <bpmn:userTask id="Task_SecondLook" name="复核 Second look" camunda:formRef="%s" camunda:formRefBinding="latest" camunda:candidateGroups="complaint-supervisor" camunda:dueDate="${replyDueBy}">
                              <bpmn:incoming>Flow_ApplyToSplit</bpmn:incoming>
                              <bpmn:outgoing>Flow_SecondLookToSplit</bpmn:outgoing>
                            </bpmn:userTask>
                            <bpmn:sequenceFlow id="Flow_SecondLookToSplit" sourceRef="Task_SecondLook" targetRef="Gateway_SplitAcknowledgement" />"""
                        .formatted(formRef));
    }

    private static String renamed(String model, String from, String to) {
        UnaryOperator<String> rename = m -> m.replace("id=\"" + from + "\"", "id=\"" + to + "\"")
                .replace("Ref=\"" + from + "\"", "Ref=\"" + to + "\"").replace("bpmnElement=\"" + from + "\"", "bpmnElement=\"" + to + "\"");
        return rename.apply(model);
    }

    private Complaint register(BigDecimal amount) {
        String caseNumber = intake.register(Complaints.with(Channel.ONLINE, amount, Set.of(), 1), null, "test", "frontline")
                .receipt().caseNumber();
        return complaints.getByCaseNumber(caseNumber);
    }

    private String id(ResponseEntity<String> response) throws Exception {
        return json.readTree(response.getBody()).get("id").asText();
    }

    /** As Camunda Modeler deploys: multipart, one part per file, as the process owner. */
    private ResponseEntity<String> deploy(String name, Map<String, String> resources) {
        return RestDeployments.deploy(http, "owner", "demo", name, resources);
    }

    /** Element id → all reasons given for it, in the resource's report. */
    private static Map<String, String> errors(JsonNode body, String resource) {
        JsonNode report = body.path("details").get(resource);
        assertThat(report).as("report for " + resource + " in " + body).isNotNull();
        Map<String, String> byElement = new LinkedHashMap<>();
        for (JsonNode error : report.get("errors")) {
            byElement.merge(error.get("mainElementId").asText(), error.get("message").asText(), (a, b) -> a + " | " + b);
        }
        return byElement;
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
