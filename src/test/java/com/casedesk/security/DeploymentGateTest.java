package com.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.PostgresTest;
import com.casedesk.support.RestDeployments;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Door 2 of issue 13: deploying a model is deploying code. A process owner deploys as Camunda Modeler
 * does ({@code POST /engine-rest/deployment/create}, multipart); models that would run anything but the
 * service's model-facing beans are refused with every offending element named, and nothing is deployed.
 */
@PostgresTest
class DeploymentGateTest {

    private static final Path MODELS = Path.of("processes");

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired RepositoryService repositoryService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired AuthorizationService authorizationService;
    @Autowired TransactionTemplate transactions;

    // ---- the attacks of the issue: a timer start in the past and a service task naming a bean ----

    @Test
    void aModelCallingTheIdentityServiceIsRefusedAndNothingIsDeployed() throws Exception {
        assertRefusedAttack("${identityService.createMembership('owner','whistleblowing-custodian')}", "identityService");
        assertThat(identityService.createUserQuery().userId("owner").memberOfGroup(StaffGroups.WB_CUSTODIAN).count())
                .isZero();
    }

    @Test
    void aModelCallingTheIdentityVaultIsRefused() throws Exception {
        assertRefusedAttack("${identityVault.reveal(reportNumber)}", "identityVault");
    }

    @Test
    void aModelCallingJdbcTemplateIsRefused() throws Exception {
        assertRefusedAttack("${jdbcTemplate.update('delete from audit_log')}", "jdbcTemplate");
    }

    private void assertRefusedAttack(String expression, String bean) throws Exception {
        String key = "gate-attack-" + UUID.randomUUID().toString().substring(0, 8);
        String model = bpmn(key, """
                <bpmn:startEvent id="Start_InThePast">
                  <bpmn:timerEventDefinition id="Timer_InThePast">
                    <bpmn:timeDate xsi:type="bpmn:tFormalExpression">2020-01-01T00:00:00Z</bpmn:timeDate>
                  </bpmn:timerEventDefinition>
                </bpmn:startEvent>
                <bpmn:sequenceFlow id="Flow_1" sourceRef="Start_InThePast" targetRef="Task_Payload" />
                <bpmn:serviceTask id="Task_Payload" name="Payload" camunda:expression="%s" />
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Payload" targetRef="End" />
                <bpmn:endEvent id="End" />""".formatted(expression));
        Snapshot before = snapshot();

        ResponseEntity<String> response = deploy("owner", key, Map.of(key + ".bpmn", model));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("type").asText()).isEqualTo("ParseException");
        Map<String, String> errors = errors(body, key + ".bpmn");
        assertThat(errors).containsOnlyKeys("Start_InThePast", "Task_Payload");
        assertThat(errors.get("Task_Payload")).contains(bean);
        assertThat(errors.get("Start_InThePast")).containsIgnoringCase("timer");
        assertThat(body.get("message").asText()).contains("Task_Payload", "Start_InThePast");
        assertNothingDeployed(before, key);
    }

    // ---- every rule, each offending element named with its reason ----

    @Test
    void everyOffendingElementIsNamedWithItsReason() throws Exception {
        String key = "gate-many-" + UUID.randomUUID().toString().substring(0, 8);
        String model = bpmn(key, """
                <bpmn:startEvent id="Start_None" />
                <bpmn:startEvent id="Start_Message"><bpmn:messageEventDefinition id="Def_Message" messageRef="Message_Probe" /></bpmn:startEvent>
                <bpmn:scriptTask id="Task_Script" scriptFormat="groovy"><bpmn:script>java.lang.Runtime.getRuntime()</bpmn:script></bpmn:scriptTask>
                <bpmn:serviceTask id="Task_Class" camunda:class="org.camunda.bpm.engine.impl.util.ReflectUtil" />
                <bpmn:serviceTask id="Task_Delegate" camunda:delegateExpression="${runtimeService}" />
                <bpmn:serviceTask id="Task_EngineServices" camunda:expression="${execution.getProcessEngineServices().getIdentityService()}" />
                <bpmn:serviceTask id="Task_GetClass" camunda:expression="${''.getClass().forName('java.lang.Runtime')}" />
                <bpmn:serviceTask id="Task_External" camunda:type="external" camunda:topic="anything" />
                <bpmn:sendTask id="Task_Send" camunda:delegateExpression="${taskService}" />
                <bpmn:userTask id="Task_Listener" camunda:formRef="complaint-investigate" camunda:formRefBinding="latest" camunda:candidateGroups="complaint-supervisor">
                  <bpmn:extensionElements>
                    <camunda:taskListener event="create" delegateExpression="${identityService}" />
                    <camunda:executionListener event="start"><camunda:script scriptFormat="javascript">1</camunda:script></camunda:executionListener>
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:userTask id="Task_Embedded" camunda:formKey="embedded:app:forms/steal.html" camunda:candidateGroups="complaint-supervisor" />
                <bpmn:userTask id="Task_OwnApproval" name="审批 Approve" camunda:candidateGroups="complaint-manager,process-owner" />
                <bpmn:userTask id="Task_OwnAssignee" name="确认 Confirm" camunda:assignee="owner" />
                <bpmn:userTask id="Task_OwnGroupByExpression" name="复核 Check" camunda:candidateGroups="${'process-owner'}" />
                <bpmn:callActivity id="Call_Foreign" calledElement="somebody-elses-process" />
                <bpmn:callActivity id="Call_AllVariables" calledElement="complaint-notice">
                  <bpmn:extensionElements><camunda:in variables="all" /></bpmn:extensionElements>
                </bpmn:callActivity>
                <bpmn:exclusiveGateway id="Gateway" />
                <bpmn:sequenceFlow id="Flow_Condition" sourceRef="Gateway" targetRef="Task_Class">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${historyService != null}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:serviceTask id="Task_Allowed" camunda:delegateExpression="${applyGradeDelegate}" />""");
        model = model.replace("</bpmn:definitions>", "  <bpmn:message id=\"Message_Probe\" name=\"Probe\" />\n</bpmn:definitions>");
        Snapshot before = snapshot();

        ResponseEntity<String> response = deploy("owner", key, Map.of(key + ".bpmn", model));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Map<String, String> errors = errors(json.readTree(response.getBody()), key + ".bpmn");
        assertThat(errors).containsOnlyKeys("Start_Message", "Task_Script", "Task_Class", "Task_Delegate",
                "Task_EngineServices", "Task_GetClass", "Task_External", "Task_Send", "Task_Listener", "Task_Embedded",
                "Task_OwnApproval", "Task_OwnAssignee", "Task_OwnGroupByExpression", "Call_Foreign", "Call_AllVariables", "Flow_Condition");
        assertThat(errors.get("Task_Script")).containsIgnoringCase("script");
        assertThat(errors.get("Task_Class")).contains("ReflectUtil");
        assertThat(errors.get("Task_Delegate")).contains("runtimeService");
        assertThat(errors.get("Task_EngineServices")).contains("execution");
        assertThat(errors.get("Task_GetClass")).contains("getClass");
        assertThat(errors.get("Task_External")).containsIgnoringCase("external");
        assertThat(errors.get("Task_Send")).contains("taskService");
        assertThat(errors.get("Task_Listener")).contains("identityService").containsIgnoringCase("script");
        assertThat(errors.get("Task_Embedded")).contains("embedded:");
        assertThat(errors.get("Task_OwnApproval")).contains("process-owner");
        assertThat(errors.get("Task_OwnAssignee")).contains("owner");
        assertThat(errors.get("Task_OwnGroupByExpression")).contains("process-owner");
        assertThat(errors.get("Call_Foreign")).contains("somebody-elses-process");
        assertThat(errors.get("Call_AllVariables")).contains("variables=\"all\"");
        assertThat(errors.get("Flow_Condition")).contains("historyService");
        assertNothingDeployed(before, key);
    }

    @Test
    void aDecisionTableInJuelIsRefused() throws Exception {
        String key = "gate-juel-" + UUID.randomUUID().toString().substring(0, 8);
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Defs_%1$s" name="probe" namespace="http://camunda.org/schema/1.0/dmn">
                  <decision id="%1$s" name="probe">
                    <decisionTable id="Table_Probe">
                      <input id="Input_Probe">
                        <inputExpression id="InputExpression_Probe" typeRef="string" expressionLanguage="juel"><text>${identityService}</text></inputExpression>
                      </input>
                      <output id="Output_Probe" name="out" typeRef="string" />
                      <rule id="Rule_Probe">
                        <inputEntry id="InputEntry_Probe"><text>-</text></inputEntry>
                        <outputEntry id="OutputEntry_Probe" expressionLanguage="javascript"><text>"x"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>""".formatted(key);
        Snapshot before = snapshot();

        ResponseEntity<String> response = deploy("owner", key, Map.of(key + ".dmn", dmn));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Map<String, String> errors = errors(json.readTree(response.getBody()), key + ".dmn");
        assertThat(errors).containsOnlyKeys("InputExpression_Probe", "OutputEntry_Probe");
        assertThat(errors.get("InputExpression_Probe")).contains("juel");
        assertThat(errors.get("OutputEntry_Probe")).contains("javascript");
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).count()).isZero();
        assertNothingDeployed(before, key);
    }

    // ---- what a process owner may still do, and the service's own models ----

    @Test
    void theServicesOwnModelsPassTheGateEvenWhenTheProcessOwnerDeploysThem() {
        // ModelDeployer deployed them through the gate when the context started
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("complaint-handling")
                .latestVersion().count()).isOne();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("retention-sweep")
                .latestVersion().count()).isOne();
        // deployed again, unchanged, by the process owner: accepted (then rolled back, to leave the versions alone)
        List<Path> files = ownModels();
        transactions.executeWithoutResult(status -> {
            // every model at once is every owner's (issue 18, models/ModelChangesTest): here also an administrator
            identityService.setAuthentication("owner", List.of(StaffGroups.PROCESS_OWNER, StaffGroups.ADMIN));
            try {
                DeploymentBuilder builder = repositoryService.createDeployment().name("gate-own-models");
                files.forEach(f -> builder.addString("processes/" + MODELS.relativize(f), read(f)));
                assertThat(builder.deployWithResult().getDeployedProcessDefinitions()).hasSizeGreaterThan(5);
            } finally {
                identityService.clearAuthentication();
                status.setRollbackOnly();
            }
        });
        assertThat(repositoryService.createDeploymentQuery().deploymentName("gate-own-models").count()).isZero();
    }

    @Test
    void aProcessOwnersLegitimateChangesAreAccepted() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String handling = read(MODELS.resolve("complaint/complaint-handling.bpmn"));
        String grading = read(MODELS.resolve("complaint/complaint-grading.dmn"));
        assertThat(handling).contains("name=\"投诉已登记 Complaint registered\"", "${complaintClock.progressInterval()}",
                "sourceRef=\"StartEvent_Handling\" targetRef=\"Gateway_LevelPath\" />");
        assertThat(grading).contains("&gt;= 500000");

        String processKey = "gate-probe-handling-" + suffix;
        Map<String, String> changes = new LinkedHashMap<>();
        // a label
        changes.put("label", handling.replace("name=\"投诉已登记 Complaint registered\"", "name=\"投诉已受理 Complaint accepted\""));
        // a timer value
        changes.put("timer", handling.replace("${complaintClock.progressInterval()}", "P10D"));
        // a new user task with an existing form, routed to a group the owner is not in
        changes.put("task", handling
                .replace("sourceRef=\"StartEvent_Handling\" targetRef=\"Gateway_LevelPath\" />", """
                        sourceRef="StartEvent_Handling" targetRef="Task_SecondLook" />
                        <bpmn:userTask id="Task_SecondLook" name="复核 Second look" camunda:formRef="complaint-investigate" camunda:formRefBinding="latest" camunda:candidateGroups="complaint-supervisor" camunda:dueDate="${replyDueBy}" />
                        <bpmn:sequenceFlow id="Flow_SecondLookToLevel" sourceRef="Task_SecondLook" targetRef="Gateway_LevelPath" />"""));
        List<String> deployments = new ArrayList<>();
        try {
            for (Map.Entry<String, String> change : changes.entrySet()) {
                String key = processKey + "-" + change.getKey();
                String model = change.getValue().replace("id=\"complaint-handling\"", "id=\"" + key + "\"");
                ResponseEntity<String> response = deploy("owner", key, Map.of(key + ".bpmn", model));
                assertThat(response.getStatusCode()).as(change.getKey() + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
                deployments.add(json.readTree(response.getBody()).get("id").asText());
                assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isOne();
            }
            // a row of the grading table: the amount for level 1 lowered
            String decisionKey = "gate-probe-grading-" + suffix;
            String dmn = grading.replace("&gt;= 500000", "&gt;= 400000")
                    .replace("id=\"complaint-grading\"", "id=\"" + decisionKey + "\"");
            ResponseEntity<String> response = deploy("owner", decisionKey, Map.of(decisionKey + ".dmn", dmn));
            assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
            deployments.add(json.readTree(response.getBody()).get("id").asText());
            assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).count()).isOne();
        } finally {
            deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
        }
    }

    // ---- identity changes without a logged-in user are audited ----

    @Test
    void anIdentityChangeWithoutAnAuthenticatedUserIsInTheAuditTrail() throws Exception {
        String userId = "gate-probe-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(identityService.getCurrentAuthentication()).isNull();

        User user = identityService.newUser(userId);
        identityService.saveUser(user);
        identityService.createMembership(userId, StaffGroups.COMPLIANCE);
        Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(userId);
        grant.setResource(Resources.APPLICATION);
        grant.setResourceId("cockpit");
        grant.addPermission(Permissions.ACCESS);
        authorizationService.saveAuthorization(grant);

        JsonNode items = trail("actor=system&size=500");
        assertThat(details(items, "ADMIN_CREATE_USER")).contains("userId: " + userId);
        assertThat(details(items, "ADMIN_CREATE_GROUP_MEMBERSHIP")).contains("userId: " + userId);
        assertThat(details(items, "ADMIN_CREATE_AUTHORIZATION")).contains("userId: " + userId);

        // an authenticated change is logged once, under the person's name, not again as "system"
        identityService.setAuthentication("admin", List.of(StaffGroups.ADMIN));
        try {
            identityService.deleteMembership(userId, StaffGroups.COMPLIANCE);
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(details(trail("actor=admin&action=ADMIN_DELETE_GROUP_MEMBERSHIP&size=500"),
                "ADMIN_DELETE_GROUP_MEMBERSHIP")).containsOnlyOnce("userId: " + userId);
        assertThat(details(trail("actor=system&action=ADMIN_DELETE_GROUP_MEMBERSHIP&size=500"),
                "ADMIN_DELETE_GROUP_MEMBERSHIP")).doesNotContain("userId: " + userId);

        // the service's own per-task REVOKEs (recusal) only narrow access and are not logged
        long before = jdbc.queryForObject("select count(*) from ACT_HI_OP_LOG", Long.class);
        Authorization revoke = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId(userId);
        revoke.setResource(Resources.TASK);
        revoke.setResourceId(UUID.randomUUID().toString());
        revoke.removePermission(Permissions.ALL);
        authorizationService.saveAuthorization(revoke);
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_OP_LOG", Long.class)).isEqualTo(before);

        authorizationService.createAuthorizationQuery().userIdIn(userId).list()
                .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
        identityService.deleteUser(userId);
    }

    // ---- helpers ----

    private ResponseEntity<String> deploy(String user, String name, Map<String, String> resources) {
        return RestDeployments.deploy(http, user, "demo", name, resources);
    }

    /**
     * Element id → all reasons the safety rules gave for it, in the resource's report. The quality gate's
     * findings on these deliberately broken probes (tagged "[check] …": no end event, no form, …) are
     * DeploymentQualityGateTest's subject and left out here.
     */
    private static Map<String, String> errors(JsonNode body, String resource) {
        JsonNode report = body.get("details").get(resource);
        assertThat(report).as("report for " + resource + " in " + body).isNotNull();
        Map<String, String> byElement = new LinkedHashMap<>();
        for (JsonNode error : report.get("errors")) {
            if (error.get("message").asText().startsWith("[")) {
                continue;
            }
            byElement.merge(error.get("mainElementId").asText(), error.get("message").asText(), (a, b) -> a + " | " + b);
        }
        return byElement;
    }

    private record Snapshot(long deployments, long definitions, long jobs) {
    }

    private Snapshot snapshot() {
        return new Snapshot(repositoryService.createDeploymentQuery().count(),
                repositoryService.createProcessDefinitionQuery().count(), managementService.createJobQuery().count());
    }

    private void assertNothingDeployed(Snapshot before, String key) {
        assertThat(snapshot()).isEqualTo(before);
        assertThat(repositoryService.createDeploymentQuery().deploymentName(key).count()).isZero();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
        assertThat(managementService.createJobQuery().processDefinitionKey(key).count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ACT_RE_DEPLOYMENT where NAME_ = ?", Long.class, key)).isZero();
    }

    private JsonNode trail(String query) throws IOException {
        ResponseEntity<String> response = http.withBasicAuth("compliance", "demo").getForEntity("/api/audit?" + query,
                String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody()).get("items");
    }

    private static List<String> details(JsonNode items, String action) {
        List<String> details = new ArrayList<>();
        items.forEach(i -> {
            if (i.get("action").asText().equals(action)) {
                details.add(i.get("detail").asText());
            }
        });
        return details;
    }

    private static String bpmn(String key, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Defs" targetNamespace="http://bpmn.io/schema/bpmn">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                %s
                  </bpmn:process>
                </bpmn:definitions>""".formatted(key, body.indent(4));
    }

    private static List<Path> ownModels() {
        try (Stream<Path> files = Files.walk(MODELS)) {
            return files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
