package com.casedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.PostgresTest;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class ModelDeploymentTest {

    @Autowired ModelDeployer deployer;
    @Autowired RepositoryService repositoryService;

    @Test
    void modelsAndFormsAreDeployedUnderNamesRelativeToTheirFolders() {
        var deployment = repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
                .orderByDeploymentTime().desc().list().get(0);
        List<String> names = repositoryService.getDeploymentResources(deployment.getId()).stream()
                .map(Resource::getName).toList();
        List<String> allNames = repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
                .list().stream()
                .flatMap(d -> repositoryService.getDeploymentResources(d.getId()).stream())
                .map(Resource::getName).distinct().toList();

        assertThat(names).isNotEmpty().allMatch(n -> n.startsWith("processes/") || n.startsWith("forms/"));
        assertThat(allNames).contains("processes/complaint/complaint-handling.bpmn",
                "processes/complaint/complaint-grading.dmn", "forms/complaint/complaint-investigate.form",
                "forms/complaint/complaint-decide.form", "forms/complaint/complaint-callback.form",
                "forms/complaint/complaint-escalation.form");
    }

    @Test
    void deployingUnchangedModelsAgainCreatesNoNewVersion() {
        ProcessDefinition before = latest();

        deployer.deploy();
        deployer.deploy();

        ProcessDefinition after = latest();
        assertThat(after.getId()).isEqualTo(before.getId());
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
    }

    @Test
    void everyModelKeepsItsHistoryForAConfiguredTime() {
        assertThat(latest().getHistoryTimeToLive()).isNotNull().isPositive();
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("complaint-grading")
                .latestVersion().singleResult().getHistoryTimeToLive()).isNotNull().isPositive();
    }

    private ProcessDefinition latest() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey("complaint-handling")
                .latestVersion().singleResult();
    }
}
