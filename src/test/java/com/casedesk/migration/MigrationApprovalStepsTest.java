package com.casedesk.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.review.ReviewProcess;
import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The engine's migration guard keeps a second person's step in a case's way: a new version of a process
 * that drops its four-eyes step, or takes it off the path of a case waiting before it, is refused even
 * with a plan of same-id instructions only, and nothing moves. Small stand-in versions of
 * {@code complaint-review} (whose 核查 Task_Review is guarded), deployed for the test and removed after. They
 * play versions older than the release ({@code versionTag} 0, deployed by the service's code): the deployment
 * gate would refuse such a version from a person today, but a database holds the versions of every earlier
 * release, and migration may target any of them.
 */
@PostgresTest
class MigrationApprovalStepsTest {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;

    private final List<Deployment> deployments = new ArrayList<>();

    @AfterEach
    void removeTheStandIns() {
        deployments.forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    }

    @Test
    /** The review is still in the model, but nothing leads to it any more. */
    void aVersionWhereTheReviewNoLongerFollowsIsRefusedForACaseWaitingBeforeIt() throws Exception {
        String source = deploy("""
                <bpmn:startEvent id="Start" /><bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Prepare" />
                <bpmn:userTask id="Task_Prepare" name="准备 Prepare" camunda:candidateGroups="complaint-review" camunda:formRef="complaint-review" camunda:formRefBinding="latest" />
                <bpmn:sequenceFlow id="F2" sourceRef="Task_Prepare" targetRef="Task_Review" />
                <bpmn:userTask id="Task_Review" name="核查 Review" camunda:candidateGroups="complaint-review" camunda:formRef="complaint-review" camunda:formRefBinding="latest" />
                <bpmn:sequenceFlow id="F3" sourceRef="Task_Review" targetRef="End" /><bpmn:endEvent id="End" />""");
        // the review is only reached on a branch a case at Task_Prepare has left behind
        String target = deploy("""
                <bpmn:startEvent id="Start" /><bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Gateway_Split" />
                <bpmn:exclusiveGateway id="Gateway_Split" default="F1" />
                <bpmn:sequenceFlow id="F1" sourceRef="Gateway_Split" targetRef="Task_Prepare" />
                <bpmn:sequenceFlow id="F4" sourceRef="Gateway_Split" targetRef="Task_Review">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${false}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:userTask id="Task_Prepare" name="准备 Prepare" camunda:candidateGroups="complaint-review" camunda:formRef="complaint-review" camunda:formRefBinding="latest" />
                <bpmn:sequenceFlow id="F2" sourceRef="Task_Prepare" targetRef="End" /><bpmn:endEvent id="End" />
                <bpmn:userTask id="Task_Review" name="核查 Review" camunda:candidateGroups="complaint-review" camunda:formRef="complaint-review" camunda:formRefBinding="latest" />
                <bpmn:sequenceFlow id="F3" sourceRef="Task_Review" targetRef="End_Other" /><bpmn:endEvent id="End_Other" />""");

        assertRefused(source, target, "a case at Task_Prepare would skip the approval step Task_Review");
    }

    @Test
    void aVersionWithoutTheReviewIsRefused() throws Exception {
        String source = deploy("""
                <bpmn:startEvent id="Start" /><bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Prepare" />
                <bpmn:userTask id="Task_Prepare" name="准备 Prepare" camunda:candidateGroups="complaint-review" camunda:formRef="complaint-review" camunda:formRefBinding="latest" />
                <bpmn:sequenceFlow id="F2" sourceRef="Task_Prepare" targetRef="Task_Review" />
                <bpmn:userTask id="Task_Review" name="核查 Review" camunda:candidateGroups="complaint-review" camunda:formRef="complaint-review" camunda:formRefBinding="latest" />
                <bpmn:sequenceFlow id="F3" sourceRef="Task_Review" targetRef="End" /><bpmn:endEvent id="End" />""");
        String target = deploy("""
                <bpmn:startEvent id="Start" /><bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Prepare" />
                <bpmn:userTask id="Task_Prepare" name="准备 Prepare" camunda:candidateGroups="complaint-review" camunda:formRef="complaint-review" camunda:formRefBinding="latest" />
                <bpmn:sequenceFlow id="F2" sourceRef="Task_Prepare" targetRef="End" /><bpmn:endEvent id="End" />""");

        assertRefused(source, target, "the target version has no approval step Task_Review");
    }

    private void assertRefused(String source, String target, String reason) throws Exception {
        ProcessInstance pi = runtimeService.startProcessInstanceById(source);
        ObjectNode plan = json.createObjectNode().put("sourceProcessDefinitionId", source).put("targetProcessDefinitionId", target);
        plan.set("instructions", json.createArrayNode().add(json.createObjectNode()
                .<ObjectNode>set("sourceActivityIds", json.createArrayNode().add("Task_Prepare"))
                .set("targetActivityIds", json.createArrayNode().add("Task_Prepare"))));
        ObjectNode execution = json.createObjectNode();
        execution.set("migrationPlan", plan);
        execution.set("processInstanceIds", json.createArrayNode().add(pi.getId()));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<String> response = http.withBasicAuth("owner", "demo").postForEntity("/engine-rest/migration/execute",
                new HttpEntity<>(execution.toString(), headers), String.class);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("reasons").toString()).contains(reason);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(source);
    }

    private String deploy(String elements) {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    id="Defs" targetNamespace="http://casedesk/test">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D" camunda:versionTag="0">
                %s
                  </bpmn:process>
                </bpmn:definitions>""".formatted(ReviewProcess.KEY, elements);
        Deployment deployment = repositoryService.createDeployment().name("complaint-review stand-in")
                .addString("complaint-review-stand-in.bpmn", xml).deploy();
        deployments.add(deployment);
        return repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult().getId();
    }
}
