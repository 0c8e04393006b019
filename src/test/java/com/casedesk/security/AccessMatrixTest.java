package com.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.Channel;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.WebappLogin;
import com.casedesk.whistleblowing.WbProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The role matrix of docs/security.md, role by role, through the engine REST API (what Tasklist,
 * Cockpit and Camunda Modeler use) and through our ledger API — on PostgreSQL, over HTTP, logged in
 * as the demo users.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired ComplaintIntake intake;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired RepositoryService repositoryService;

    /** Level 3: the front line holds its first task. */
    String level3;
    /** Level 1: the department heads hold its first task; the front line has nothing to do with it. */
    String level1;
    String report;
    String reportInstance;

    @BeforeAll
    void cases() throws Exception {
        level3 = intake.register(Complaints.ordinary(), null, "test", "supervisor").receipt().caseNumber();
        level1 = intake.register(Complaints.with(Channel.ONLINE, new BigDecimal("600000"), Set.of(), 1), null, "test",
                "supervisor").receipt().caseNumber();
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(level1)
                .processDefinitionKey(ComplaintProcess.KEY).singleResult();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId())
                .activityId(ComplaintProcess.Elements.NOTIFY_DEPARTMENT_HEAD).singleResult().getId());

        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = """
                {"anonymous": true, "reportedParty": {"name": "王某", "unit": "朝阳支行"},
                 "description": "支行员工私下销售未经备案的理财产品。", "occurredAt": "2026-01-01", "location": "北京市朝阳区"}""";
        report = json.readTree(http.postForEntity("/api/reports", new HttpEntity<>(body, headers), String.class).getBody())
                .get("reportNumber").asText();
        reportInstance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(report).singleResult().getId();
        // acknowledged: the intake group's preliminary assessment is open, with its history
        managementService.executeJob(managementService.createJobQuery().processInstanceId(reportInstance)
                .activityId(WbProcess.Elements.ACKNOWLEDGE).singleResult().getId());
    }

    // ---- whistleblowing is walled off (issue 4) -------------------------------------------------

    @Test
    void complaintStaffManagersAndProcessOwnersSeeNoWhistleblowingTaskInstanceOrHistory() throws Exception {
        for (String user : List.of("frontline", "supervisor", "leader", "executive", "claims", "reviewer", "manager",
                "compliance", "owner")) {
            assertThat(businessKeys(user, "/engine-rest/task?processDefinitionKey=" + WbProcess.KEY)).as(user).isEmpty();
            assertThat(businessKeys(user, "/engine-rest/task")).as(user).doesNotContain(report);
            assertThat(list(user, "/engine-rest/process-instance?businessKey=" + report)).as(user).isEmpty();
            assertThat(list(user, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + report)).as(user).isEmpty();
            assertThat(list(user, "/engine-rest/history/task?processInstanceId=" + reportInstance)).as(user).isEmpty();
            assertThat(list(user, "/engine-rest/history/activity-instance?processInstanceId=" + reportInstance)).as(user).isEmpty();
            assertThat(list(user, "/engine-rest/history/variable-instance?processInstanceId=" + reportInstance)).as(user).isEmpty();
            assertThat(list(user, "/engine-rest/variable-instance?processInstanceIdIn=" + reportInstance)).as(user).isEmpty();
            assertThat(get(user, "/engine-rest/process-instance/" + reportInstance).getStatusCode()).as(user)
                    .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void whistleblowingIntakeSeesItsTaskTheCommitteeSeesTheWholeCaseAndNeitherSeesComplaints() throws Exception {
        assertThat(businessKeys("wb-intake", "/engine-rest/task")).contains(report).doesNotContain(level3, level1);
        assertThat(list("wb-intake", "/engine-rest/process-instance?businessKey=" + report))
                .as("the intake group sees its task, not the instance").isEmpty();
        assertThat(list("wb-investigator", "/engine-rest/task?processInstanceId=" + reportInstance))
                .as("not yet the investigators' case").isEmpty();

        assertThat(list("wb-committee", "/engine-rest/process-instance?businessKey=" + report)).hasSize(1);
        assertThat(list("wb-committee", "/engine-rest/history/task?processInstanceId=" + reportInstance)).isNotEmpty();
        assertThat(list("wb-committee", "/engine-rest/history/variable-instance?processInstanceId=" + reportInstance))
                .extracting(v -> v.get("name").asText()).contains("pseudonym").doesNotContain("reporterName");
        assertThat(list("wb-committee", "/engine-rest/process-instance?businessKey=" + level3)).isEmpty();
        assertThat(list("wb-committee", "/engine-rest/history/process-instance?processInstanceBusinessKey=" + level1)).isEmpty();
    }

    // ---- complaint roles --------------------------------------------------------------------------

    @Test
    void frontLineStaffSeeTheTasksOfTheirGroupNotEveryCase() throws Exception {
        assertThat(businessKeys("frontline2", "/engine-rest/task")).contains(level3).doesNotContain(level1);
        assertThat(list("frontline2", "/engine-rest/process-instance?businessKey=" + level3))
                .as("no instance browsing").isEmpty();
        assertThat(list("frontline2", "/engine-rest/history/process-instance?processInstanceBusinessKey=" + level1)).isEmpty();
        // their task's variables, yes (the form needs them)
        String taskId = list("frontline2", "/engine-rest/task?processInstanceBusinessKey=" + level3).get(0).get("id").asText();
        assertThat(get("frontline2", "/engine-rest/task/" + taskId + "/variables").getBody()).contains("caseNumber");
        // not someone else's
        String otherTask = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(level1).list().stream()
                .map(ProcessInstance::getId).findFirst().orElseThrow();
        assertThat(get("frontline2", "/engine-rest/process-instance/" + otherTask + "/variables").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theLeadershipGroupAndDepartmentHeadsFollowEveryComplaintsOpenTasks() throws Exception {
        assertThat(businessKeys("leader", "/engine-rest/task?processDefinitionKey=" + ComplaintProcess.KEY))
                .contains(level1, level3);
        assertThat(businessKeys("supervisor2", "/engine-rest/task?processDefinitionKey=" + ComplaintProcess.KEY))
                .contains(level1, level3);
    }

    @Test
    void managersAndComplianceReadEveryComplaintButChangeNothing() throws Exception {
        for (String user : List.of("manager", "compliance")) {
            List<JsonNode> instances = list(user, "/engine-rest/process-instance?businessKey=" + level1);
            assertThat(instances).as(user).hasSize(1);
            String id = instances.get(0).get("id").asText();
            assertThat(list(user, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + level3)).as(user).hasSize(1);
            assertThat(list(user, "/engine-rest/decision-definition?key=complaint-grading")).as(user).isNotEmpty();

            assertThat(put(user, "/engine-rest/process-instance/" + id + "/suspended", "{\"suspended\": true}")
                    .getStatusCode()).as(user + " suspends").isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(put(user, "/engine-rest/process-instance/" + id + "/variables/level", "{\"value\": 3, \"type\": \"Integer\"}")
                    .getStatusCode()).as(user + " edits a variable").isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(http.withBasicAuth(user, "demo").exchange("/engine-rest/process-instance/" + id,
                    org.springframework.http.HttpMethod.DELETE, null, String.class).getStatusCode()).as(user + " deletes")
                    .isEqualTo(HttpStatus.FORBIDDEN);
            String task = list(user, "/engine-rest/task?processInstanceId=" + id).get(0).get("id").asText();
            assertThat(post(user, "/engine-rest/task/" + task + "/claim", "{\"userId\": \"" + user + "\"}")
                    .getStatusCode()).as(user + " claims").isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(level1).active().count()).isOne();
    }

    // ---- models and administration ----------------------------------------------------------------

    @Test
    void processOwnersDeployModelsOthersMayNot() throws Exception {
        assertThat(deploy("frontline").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(deploy("manager").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> deployed = deploy("owner");
        assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
        String deploymentId = json.readTree(deployed.getBody()).get("id").asText();
        assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).count()).isOne();
        // a process owner sees the models they own, not the cases; whistleblowing's are its own owners' (issue 18)
        assertThat(list("owner", "/engine-rest/process-definition?key=complaint-handling")).isNotEmpty();
        assertThat(list("owner", "/engine-rest/process-definition?key=" + WbProcess.KEY)).isEmpty();
        assertThat(list("wb-owner", "/engine-rest/process-definition?key=" + WbProcess.KEY)).isNotEmpty();
        assertThat(list("wb-owner", "/engine-rest/process-definition?key=complaint-handling")).isEmpty();
        assertThat(list("owner", "/engine-rest/decision-definition?key=complaint-grading")).isNotEmpty();
        assertThat(list("wb-owner", "/engine-rest/decision-definition?key=complaint-grading")).isEmpty();
        assertThat(list("owner", "/engine-rest/process-instance?businessKey=" + level3)).isEmpty();
        assertThat(http.withBasicAuth("owner", "demo").exchange("/engine-rest/deployment/" + deploymentId + "?cascade=true",
                org.springframework.http.HttpMethod.DELETE, null, String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void onlyAdministratorsManageUsersGroupsAndAuthorizations() throws Exception {
        String user = """
                {"profile": {"id": "intruder", "firstName": "X", "lastName": "Y", "email": "x@example.com"},
                 "credentials": {"password": "intruder-password"}}""";
        for (String who : List.of("frontline", "manager", "compliance", "owner", "wb-committee")) {
            assertThat(post(who, "/engine-rest/user/create", user).getStatusCode()).as(who).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(put(who, "/engine-rest/group/" + StaffGroups.ADMIN + "/members/" + who, "").getStatusCode())
                    .as(who + " joins the administrators").isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(post(who, "/engine-rest/authorization/create", """
                    {"type": 1, "permissions": ["ALL"], "userId": "%s", "resourceType": 8, "resourceId": "*"}"""
                    .formatted(who)).getStatusCode()).as(who + " grants itself").isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(post("admin", "/engine-rest/user/create", user).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(http.withBasicAuth("admin", "demo").exchange("/engine-rest/user/intruder",
                org.springframework.http.HttpMethod.DELETE, null, String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void theWebappsLetEachRoleInOnlyWhereTheMatrixSays() throws Exception {
        assertThat(authorizedApps("frontline")).contains("welcome", "tasklist").doesNotContain("cockpit", "admin");
        assertThat(authorizedApps("manager")).contains("tasklist", "cockpit").doesNotContain("admin");
        assertThat(authorizedApps("owner")).contains("cockpit").doesNotContain("admin");
        assertThat(authorizedApps("wb-committee")).contains("tasklist", "cockpit").doesNotContain("admin");
        assertThat(authorizedApps("wb-investigator")).contains("tasklist").doesNotContain("cockpit", "admin");
        assertThat(authorizedApps("admin")).contains("tasklist", "cockpit", "admin");
    }

    // ---- the ledger API: the same rules, and a case one may not see does not exist ----------------

    @Test
    void theLedgerAnswers404ForACaseTheCallerMayNotSeeExactlyAsForNoCase() {
        assertThat(get("frontline2", "/api/complaints/" + level3).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("manager", "/api/complaints/" + level1).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("compliance", "/api/complaints/" + level1).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("leader", "/api/complaints/" + level3).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> hidden = get("frontline2", "/api/complaints/" + level1);
        ResponseEntity<String> missing = get("frontline2", "/api/complaints/TS19990101999999");
        assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(hidden.getBody()).isEqualTo(missing.getBody().replace("TS19990101999999", level1));
        assertThat(hidden.getBody()).doesNotContain("complainant", "Authorization", "permission");

        for (String path : List.of("/documents", "/review-requests", "/rectifications", "/conflicts-of-interest")) {
            assertThat(get("claims", "/api/complaints/" + level1 + path).getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(post("frontline2", "/api/complaints/" + level1 + "/withdrawal", "{\"reason\": \"撤回\"}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(level1).count()).isPositive();
        assertThat(get("wb-committee", "/api/complaints/" + level3).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> put(String user, String path, String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, org.springframework.http.HttpMethod.PUT,
                new HttpEntity<>(body, headers), String.class);
    }

    private List<JsonNode> list(String user, String path) throws Exception {
        ResponseEntity<String> response = get(user, path);
        assertThat(response.getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.OK);
        var items = new ArrayList<JsonNode>();
        json.readTree(response.getBody()).forEach(items::add);
        return items;
    }

    private List<String> businessKeys(String user, String tasksPath) throws Exception {
        return list(user, tasksPath).stream()
                .map(t -> runtimeService.createProcessInstanceQuery().processInstanceId(t.get("processInstanceId").asText())
                        .singleResult().getBusinessKey())
                .toList();
    }

    private ResponseEntity<String> deploy(String user) {
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://casedesk.example">
                  <bpmn:process id="access-probe" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="s" />
                    <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e" />
                    <bpmn:endEvent id="e" />
                  </bpmn:process>
                </bpmn:definitions>""";
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("deployment-name", "access-probe");
        parts.add("data", new ByteArrayResource(bpmn.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "access-probe.bpmn";
            }
        });
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, "demo").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(parts, headers), String.class);
    }

    /** The apps the webapps' own login grants (what Camunda's welcome page and app switcher show). */
    private List<String> authorizedApps(String user) throws Exception {
        var apps = new ArrayList<String>();
        json.readTree(WebappLogin.as(http, user, "tasklist").login().getBody()).get("authorizedApps")
                .forEach(a -> apps.add(a.asText()));
        return apps;
    }
}
