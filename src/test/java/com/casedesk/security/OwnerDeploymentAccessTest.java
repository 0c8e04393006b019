package com.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 18: owners deploy (CREATE on every deployment) but read and delete only their own deployments, so a
 * complaint owner can neither read the whistleblowing models through the release's deployment nor delete
 * (with its cases) a deployment that is not theirs; what earlier releases granted more is taken back.
 */
@PostgresTest
class OwnerDeploymentAccessTest {

    @Autowired TestRestTemplate http;
    @Autowired RepositoryService repositoryService;
    @Autowired AuthorizationService authorizationService;
    @Autowired EngineAuthorizations engineAuthorizations;

    @Test
    void anOwnerNeitherReadsNorDeletesTheReleasesDeployment() {
        String wbModel = repositoryService.createProcessDefinitionQuery().processDefinitionKey("whistleblowing-handling")
                .latestVersion().singleResult().getDeploymentId();

        for (String owner : new String[] {"owner", "wb-owner"}) {
            ResponseEntity<JsonNode> listed = http.withBasicAuth(owner, "demo").getForEntity("/engine-rest/deployment",
                    JsonNode.class);
            assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(listed.getBody().findValuesAsText("id")).as(owner).doesNotContain(wbModel);
            ResponseEntity<String> resources = http.withBasicAuth(owner, "demo").getForEntity(
                    "/engine-rest/deployment/" + wbModel + "/resources", String.class);
            assertThat(resources.getStatusCode()).as(owner).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
            assertThat(resources.getBody()).doesNotContain("whistleblowing-handling.bpmn");
            ResponseEntity<String> deleted = http.withBasicAuth(owner, "demo").exchange(
                    "/engine-rest/deployment/" + wbModel + "?cascade=true", HttpMethod.DELETE, null, String.class);
            assertThat(deleted.getStatusCode()).as(owner).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        }
        Deployment still = repositoryService.createDeploymentQuery().deploymentId(wbModel).singleResult();
        assertThat(still).isNotNull();
    }

    @Test
    void theGrantsOfEarlierReleasesAreTakenBackAtStart() {
        Authorization everyDefinition = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        everyDefinition.setGroupId(StaffGroups.PROCESS_OWNER);
        everyDefinition.setResource(Resources.PROCESS_DEFINITION);
        everyDefinition.setResourceId("*");
        everyDefinition.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(everyDefinition);
        Authorization deployments = deploymentGrant();
        deployments.addPermission(Permissions.READ);
        deployments.addPermission(Permissions.DELETE);
        authorizationService.saveAuthorization(deployments);

        engineAuthorizations.afterPropertiesSet();

        assertThat(authorizationService.createAuthorizationQuery().groupIdIn(StaffGroups.PROCESS_OWNER)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId("*").count()).isZero();
        Authorization kept = deploymentGrant();
        assertThat(kept.isPermissionGranted(Permissions.CREATE)).isTrue();
        assertThat(kept.isPermissionGranted(Permissions.READ)).isFalse();
        assertThat(kept.isPermissionGranted(Permissions.DELETE)).isFalse();
    }

    private Authorization deploymentGrant() {
        return authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(StaffGroups.PROCESS_OWNER).resourceType(Resources.DEPLOYMENT).resourceId("*").singleResult();
    }
}
