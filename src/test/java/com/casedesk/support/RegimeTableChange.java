package com.casedesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.regime.Regime;
import com.casedesk.regime.RegimeVersions;
import com.casedesk.security.StaffGroups;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A regime table changed as compliance changes it: deployed from Modeler by a process owner
 * ({@code POST /engine-rest/deployment/create}) and approved by a second member of compliance, so new cases
 * are pinned to it. {@link #close()} removes the version again (new cases go back to the shipped one).
 */
public final class RegimeTableChange implements AutoCloseable {

    private static final String PASSWORD = "Regime-Change-2026!";

    private final RepositoryService repository;
    private final IdentityService identity;
    private final String deployer;
    private final String deploymentId;
    private final String tableId;

    private RegimeTableChange(RepositoryService repository, IdentityService identity, String deployer,
                              String deploymentId, String tableId) {
        this.repository = repository;
        this.identity = identity;
        this.deployer = deployer;
        this.deploymentId = deploymentId;
        this.tableId = tableId;
    }

    /** Replaces the amount of one output entry, e.g. {@code Rule_CN_2020_3_Reply_Amount} 15 → 10. */
    public static UnaryOperator<String> amount(String entryId, int from, int to) {
        String entry = "<outputEntry id=\"" + entryId + "\">\n          <text>" + from + "</text>";
        return table -> {
            assertThat(table).contains(entry);
            return table.replace(entry, entry.replace(">" + from + "<", ">" + to + "<"));
        };
    }

    /** @param file the table's resource under {@code processes/}, e.g. {@code regimes/cn-2020-3.dmn} */
    public static RegimeTableChange deployAndApprove(TestRestTemplate http, ObjectMapper json, RepositoryService repository,
                                                     IdentityService identity, RegimeVersions versions, Regime regime,
                                                     String file, UnaryOperator<String> change) throws Exception {
        String deployer = "regime-change-" + UUID.randomUUID().toString().substring(0, 6);
        User user = identity.newUser(deployer);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(deployer, StaffGroups.PROCESS_OWNER);
        identity.createMembership(deployer, StaffGroups.COMPLIANCE);
        String dmn = change.apply(Files.readString(Path.of("processes/" + file), StandardCharsets.UTF_8));
        ResponseEntity<String> deployed = deploy(http, deployer, file, dmn);
        assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
        String deploymentId = json.readTree(deployed.getBody()).get("id").asText();
        var version = repository.createDecisionDefinitionQuery().decisionDefinitionKey(regime.decisionKey())
                .deploymentId(deploymentId).singleResult();
        versions.approve(regime, version.getVersion(), "compliance", Set.of(StaffGroups.COMPLIANCE));
        return new RegimeTableChange(repository, identity, deployer, deploymentId, version.getId());
    }

    /** The decision definition id new cases are now pinned to. */
    public String tableId() {
        return tableId;
    }

    @Override
    public void close() {
        repository.deleteDeployment(deploymentId, true);
        identity.deleteUser(deployer);
    }

    private static ResponseEntity<String> deploy(TestRestTemplate http, String user, String file, String dmn) {
        return RestDeployments.deploy(http, user, PASSWORD, "regime-change", Map.of(file, dmn));
    }
}
