package com.casedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The deployment rules on single resources, without an engine: the corners the end-to-end
 * {@code DeploymentGateTest} does not reach. The Spring context is stood in for by a set of names.
 */
@UnitTest
class DeploymentRulesTest {

    private static final ModelExpressions.Beans BEANS = new StandInBeans(Map.of(
            "applyGradeDelegate", StandInBeans.Clock.class, "identityService", StandInBeans.NotModelFacing.class));
    private static final DeploymentRules.Context OWNER = new DeploymentRules.Context(BEANS,
            Set.of("com.casedesk.complaint.grading.ApplyGradeDelegate"), Set.of("complaint-handling"), DeploymentGate.SWEEPS,
            "owner", Set.of("process-owner"), true);

    @Test
    void scriptedConditionsConnectorsScriptResourcesAndLegacyNamespacesAreRefused() {
        List<DeploymentRules.Finding> findings = bpmn("probe", """
                <bpmn:sequenceFlow id="Flow_Js" sourceRef="A" targetRef="B">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">true</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="Flow_Resource" sourceRef="A" targetRef="B">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" camunda:resource="deployment://x.groovy" />
                </bpmn:sequenceFlow>
                <bpmn:serviceTask id="Task_Http">
                  <bpmn:extensionElements><camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></bpmn:extensionElements>
                </bpmn:serviceTask>
                <bpmn:serviceTask id="Task_Activiti" activiti:class="java.lang.Runtime" />
                <bpmn:serviceTask id="Task_Input">
                  <bpmn:extensionElements><camunda:inputOutput>
                    <camunda:inputParameter name="x">${identityService.createUser('x')}</camunda:inputParameter>
                  </camunda:inputOutput></bpmn:extensionElements>
                </bpmn:serviceTask>
                <bpmn:serviceTask id="Task_Fine" camunda:class="com.casedesk.complaint.grading.ApplyGradeDelegate" />""");

        assertThat(findings).extracting(DeploymentRules.Finding::elementId)
                .containsOnly("Flow_Js", "Flow_Resource", "Task_Http", "Task_Activiti", "Task_Input");
    }

    @Test
    void onlyTheSweepsStartOnATimerAndEventSubProcessesMayStartOnAnything() {
        String timerStart = """
                <bpmn:startEvent id="Start_Timer"><bpmn:timerEventDefinition><bpmn:timeCycle>R/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
                <bpmn:subProcess id="Sub_Events" triggeredByEvent="true">
                  <bpmn:startEvent id="Start_Message"><bpmn:messageEventDefinition messageRef="M" /></bpmn:startEvent>
                </bpmn:subProcess>""";

        assertThat(bpmn("retention-sweep", timerStart)).isEmpty();
        assertThat(bpmn("probe", timerStart)).extracting(DeploymentRules.Finding::elementId).containsExactly("Start_Timer");
    }

    @Test
    void otherResourceTypesAndDoctypesAreRefused() {
        assertThat(DeploymentRules.check("case.cmmn", "<definitions/>".getBytes(StandardCharsets.UTF_8), OWNER)).hasSize(1);
        assertThat(DeploymentRules.check("form.html", "<form/>".getBytes(StandardCharsets.UTF_8), OWNER)).hasSize(1);
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <definitions>&x;</definitions>""";
        assertThat(DeploymentRules.check("x.bpmn", xxe.getBytes(StandardCharsets.UTF_8), OWNER))
                .singleElement().extracting(DeploymentRules.Finding::reason).asString().contains("XML");
        assertThat(DeploymentRules.check("f.form", "{}".getBytes(StandardCharsets.UTF_8), OWNER)).isEmpty();
    }

    @Test
    void aDecisionWithJuelAsItsDefaultLanguageIsRefused() {
        String dmn = """
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Defs" expressionLanguage="juel">
                  <decision id="d"><literalExpression id="Literal"><text>x</text></literalExpression></decision>
                </definitions>""";
        assertThat(DeploymentRules.check("d.dmn", dmn.getBytes(StandardCharsets.UTF_8), OWNER))
                .extracting(DeploymentRules.Finding::elementId).containsExactly("Defs");
        String plain = dmn.replace(" expressionLanguage=\"juel\"", "");
        assertThat(DeploymentRules.check("d.dmn", plain.getBytes(StandardCharsets.UTF_8), OWNER)).isEmpty();
        DeploymentRules.Context legacy = new DeploymentRules.Context(BEANS, Set.of(), Set.of(), Set.of(), null, Set.of(), false);
        assertThat(DeploymentRules.check("d.dmn", plain.getBytes(StandardCharsets.UTF_8), legacy))
                .extracting(DeploymentRules.Finding::elementId).containsExactly("Literal");
    }

    private static List<DeploymentRules.Finding> bpmn(String key, String body) {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:activiti="http://activiti.org/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Defs">
                  <bpmn:process id="%s" isExecutable="true">
                %s
                  </bpmn:process>
                </bpmn:definitions>""".formatted(key, body);
        return DeploymentRules.check(key + ".bpmn", xml.getBytes(StandardCharsets.UTF_8), OWNER);
    }
}
