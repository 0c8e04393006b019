package com.casedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.security.StaffGroups;
import com.casedesk.support.PostgresTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18, the reported defect: a release started over an owner's newer decision table replaced it with
 * the repository's copy (Level 2 threshold 30,000 back to 50,000). The start-up deployment is run again by
 * calling {@link ModelDeployer} directly, as a new release would at start-up.
 */
@PostgresTest
class ModelDriftTest {

    private static final String GRADING = "processes/complaint/complaint-grading.dmn";
    private static final String LEVEL_2 = "<text>&gt;= 50000</text>";

    @Autowired ModelDeployer deployer;
    @Autowired ModelDrift drift;
    @Autowired RepositoryService repositoryService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate http;
    @Autowired MeterRegistry meters;

    private final List<String> ownerDeployments = new ArrayList<>();

    @BeforeEach
    void releaseCopiesAreLatest() {
        // another test class may have left an owner's version of a shipped model as the latest one
        deployer.deploy(deployer.findResources(), true);
        assertThat(drift.current()).isEmpty();
    }

    @AfterEach
    void releaseCopyIsLatestAgain() {
        ownerDeployments.forEach(id -> repositoryService.deleteDeployment(id, true));
        ownerDeployments.clear();
        // whatever the test left: the shipped table is the one every other test grades with
        deployer.deploy(deployer.findResources(), true);
        assertThat(deployedXml(latestGrading())).isEqualTo(shipped());
        assertThat(drift.current()).isEmpty();
    }

    @Test
    void aReleaseStartUpOverANewerOwnerVersionKeepsItAndReportsDrift() {
        String ownerDeployment = deployAsOwner(shipped().replace(LEVEL_2, "<text>&gt;= 30000</text>"));
        DecisionDefinition owners = latestGrading();
        assertThat(owners.getDeploymentId()).isEqualTo(ownerDeployment);

        // the same release starts again, and then the next release, whose copy of the table changed elsewhere
        deployer.deploy(deployer.findResources(), false);
        deployer.deploy(nextRelease(), false);

        assertThat(latestGrading().getId()).as("the owner's table stays the newest").isEqualTo(owners.getId());
        assertThat(deployedXml(latestGrading())).contains("&gt;= 30000");
        assertThat(drift.current()).singleElement().satisfies(d -> {
            assertThat(d.key()).isEqualTo("complaint-grading");
            assertThat(d.deployedVersion()).isEqualTo(owners.getVersion());
            assertThat(d.releaseVersion()).isLessThan(owners.getVersion());
            assertThat(d.deployedBy()).isEqualTo("owner");
        });
        Health health = drift.health();
        assertThat(health.getStatus().getCode()).isEqualTo(ModelDrift.STATUS);
        assertThat(health.getDetails()).containsEntry("drift", true);
        assertThat(health.getDetails().get("models").toString()).contains("complaint-grading");
        // the overall health ignores the DRIFT status: the node stays in the load balancer
        ResponseEntity<String> overall = http.getForEntity("/actuator/health", String.class);
        assertThat(overall.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(overall.getBody()).doesNotContain("deployedBy");
        assertThat(meters.get(ModelDrift.GAUGE).gauge().value()).isEqualTo(1.0);
    }

    @Test
    void withReleaseWinsTheReleasesCopyBecomesLatestAndTheOverrideIsAudited() {
        deployAsOwner(shipped().replace(LEVEL_2, "<text>&gt;= 30000</text>"));
        long audited = releaseWinsEntries();

        deployer.deploy(deployer.findResources(), true);

        DecisionDefinition latest = latestGrading();
        assertThat(deployedXml(latest)).isEqualTo(shipped());
        assertThat(jdbc.queryForObject("select deployed_by from model_deployment where deployment_id = ?", String.class,
                latest.getDeploymentId())).isEqualTo(DeploymentLedger.RELEASE);
        assertThat(drift.current()).isEmpty();
        assertThat(releaseWinsEntries()).isEqualTo(audited + 1);
        assertThat(jdbc.queryForObject("select detail from audit_log where action = 'MODEL_RELEASE_WON' order by id desc"
                + " limit 1", String.class)).contains("complaint-grading");
    }

    @Test
    void unchangedModelsDeployNothingNewAndReportNoDrift() {
        long deployments = repositoryService.createDeploymentQuery().count();

        deployer.deploy(deployer.findResources(), false);
        deployer.deploy(deployer.findResources(), false);

        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(drift.current()).isEmpty();
        assertThat(drift.health().getDetails()).containsEntry("drift", false);
        assertThat(drift.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void anOwnersChangeThatTheReleaseAlreadyCarriesIsNoDrift() {
        deployAsOwner(shipped().replace(LEVEL_2, "<text>&gt;= 30000</text>"));
        deployAsOwner(shipped()); // the owner put the table back as the repository has it

        deployer.deploy(deployer.findResources(), false);

        assertThat(drift.current()).isEmpty();
    }

    private List<ModelDeployer.NamedResource> nextRelease() {
        List<ModelDeployer.NamedResource> release = new ArrayList<>();
        for (ModelDeployer.NamedResource r : deployer.findResources()) {
            if (r.name().equals(GRADING)) {
                String changed = shipped().replace("金额≥5万 Amount ≥ 50,000</description>",
                        "金额≥5万元 Amount ≥ 50,000</description>");
                assertThat(changed).isNotEqualTo(shipped());
                release.add(new ModelDeployer.NamedResource(r.name(),
                        new ByteArrayResource(changed.getBytes(StandardCharsets.UTF_8))));
            } else {
                release.add(r);
            }
        }
        return release;
    }

    private String deployAsOwner(String dmn) {
        identityService.setAuthentication("owner", List.of(StaffGroups.PROCESS_OWNER));
        try {
            String id = repositoryService.createDeployment().name("complaint-grading").source("Camunda Modeler")
                    .addString("complaint-grading.dmn", dmn).deploy().getId();
            ownerDeployments.add(id);
            return id;
        } finally {
            identityService.clearAuthentication();
        }
    }

    private long releaseWinsEntries() {
        return jdbc.queryForObject("select count(*) from audit_log where action = 'MODEL_RELEASE_WON'", Long.class);
    }

    private DecisionDefinition latestGrading() {
        return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("complaint-grading")
                .latestVersion().singleResult();
    }

    private String deployedXml(DecisionDefinition definition) {
        try (var in = repositoryService.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String shipped() {
        try {
            String table = Files.readString(Path.of(GRADING), StandardCharsets.UTF_8);
            assertThat(table).contains(LEVEL_2);
            return table;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
