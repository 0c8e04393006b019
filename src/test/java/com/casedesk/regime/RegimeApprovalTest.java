package com.casedesk.regime;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.security.StaffGroups;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A statutory table is changed as Camunda Modeler deploys it ({@code POST /engine-rest/deployment/create}):
 * beyond its article it is refused with the decision, the row and the article named; within it, it waits
 * for a second person of compliance before new cases use it, and cases already received keep theirs.
 */
@PostgresTest
class RegimeApprovalTest {

    private static final String KEY = "regime-cn-2020-3";
    private static final String REPLY_15 = "<outputEntry id=\"Rule_CN_2020_3_Reply_Amount\">\n          <text>15</text>";
    private static final String PASSWORD = "Regime-Deployer-2026!";

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired RepositoryService repository;
    @Autowired IdentityService identityService;
    @Autowired StatutoryRules rules;
    @Autowired RegimePin pins;
    @Autowired ComplaintIntake intake;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aReplyPeriodBeyondArticle18IsRefusedNamingTheDecisionTheRowAndTheArticle() throws Exception {
        long versionsBefore = repository.createDecisionDefinitionQuery().decisionDefinitionKey(KEY).count();

        ResponseEntity<String> response = deploy("owner", "demo", table().replace(REPLY_15, REPLY_15.replace("15", "20")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("type").asText()).isEqualTo("ParseException");
        JsonNode error = body.get("details").get("regimes/cn-2020-3.dmn").get("errors").get(0);
        assertThat(error.get("mainElementId").asText()).isEqualTo("Rule_CN_2020_3_Reply");
        assertThat(error.get("message").asText()).contains(KEY, "Rule_CN_2020_3_Reply", "令2020年第3号 第十八条第一款", "20");
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(KEY).count()).isEqualTo(versionsBefore);
    }

    @Test
    void aChangedTableTakesEffectForNewCasesOnlyAfterASecondComplianceMemberApprovesIt() throws Exception {
        String deployer = "regime-deployer-" + UUID.randomUUID().toString().substring(0, 6);
        createUser(deployer, StaffGroups.PROCESS_OWNER, StaffGroups.COMPLIANCE);
        String shipped = rules.tableInEffect(Regime.CN_2020_3);
        ResponseEntity<String> deployed = deploy(deployer, PASSWORD, table().replace(REPLY_15, REPLY_15.replace("15", "14")));
        assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
        String deploymentId = json.readTree(deployed.getBody()).get("id").asText();
        try {
            var changed = repository.createDecisionDefinitionQuery().decisionDefinitionKey(KEY).deploymentId(deploymentId)
                    .singleResult();
            JsonNode newest = json.readTree(get("compliance", "/api/regimes/" + KEY + "/versions").getBody()).get(0);
            assertThat(newest.get("version").asInt()).isEqualTo(changed.getVersion());
            assertThat(newest.get("status").asText()).isEqualTo("PENDING");
            assertThat(newest.get("deployedBy").asText()).isEqualTo(deployer);

            // pending: new cases keep the shipped table
            assertThat(rules.tableInEffect(Regime.CN_2020_3)).isEqualTo(shipped);
            String before = intake.register(Complaints.ordinary(), null, null, "frontline").receipt().caseNumber();
            assertThat(pins.complaintTable(before)).isEqualTo(shipped);

            String approval = "/api/regimes/" + KEY + "/versions/" + changed.getVersion() + "/approval";
            ResponseEntity<String> own = post(deployer, PASSWORD, approval);
            assertThat(own.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(own.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(own.getBody()).contains("四眼");
            assertThat(post("owner", "demo", approval).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(post("manager", "demo", approval).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(rules.tableInEffect(Regime.CN_2020_3)).isEqualTo(shipped);

            ResponseEntity<String> approved = post("compliance", "demo", approval);
            assertThat(approved.getStatusCode()).as(approved.getBody()).isEqualTo(HttpStatus.OK);
            assertThat(json.readTree(approved.getBody()).get("approvedBy").asText()).isEqualTo("compliance");
            assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'REGIME_TABLE_APPROVED' "
                    + "and actor = 'compliance' and detail like ?", Long.class, "%" + changed.getId() + "%")).isOne();
            assertThat(post("compliance", "demo", approval).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

            // approved: new cases take the new version; the case received before keeps the old one
            assertThat(rules.tableInEffect(Regime.CN_2020_3)).isEqualTo(changed.getId());
            String after = intake.register(Complaints.ordinary(), null, null, "frontline").receipt().caseNumber();
            assertThat(pins.complaintTable(after)).isEqualTo(changed.getId());
            assertThat(pins.complaintTable(before)).isEqualTo(shipped);
            assertThat(rules.require(pins.complaintTable(after), PeriodName.REPLY).amount()).isEqualTo(14);
            assertThat(rules.require(pins.complaintTable(before), PeriodName.REPLY).amount()).isEqualTo(15);
        } finally {
            repository.deleteDeployment(deploymentId, true);
            identityService.deleteUser(deployer);
        }
        assertThat(rules.tableInEffect(Regime.CN_2020_3)).isEqualTo(shipped);
    }

    @Test
    void theShippedVersionsNeedNoApprovalAndOnlyComplianceSeesTheVersions() {
        assertThat(post("compliance", "demo", "/api/regimes/" + KEY + "/versions/1/approval").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(get("owner", "/api/regimes/" + KEY + "/versions").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("compliance", "/api/regimes/no-such-table/versions").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private void createUser(String id, String... groups) {
        User user = identityService.newUser(id);
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        for (String group : groups) {
            identityService.createMembership(id, group);
        }
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }

    private ResponseEntity<String> post(String user, String password, String path) {
        return http.withBasicAuth(user, password).postForEntity(path, HttpEntity.EMPTY, String.class);
    }

    private ResponseEntity<String> deploy(String user, String password, String dmn) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "regime-change");
        form.add("deployment-source", "Camunda Modeler");
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        form.add("regimes/cn-2020-3.dmn", new HttpEntity<>(new ByteArrayResource(dmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "regimes/cn-2020-3.dmn";
            }
        }, part));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, password).postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(form, headers), String.class);
    }

    private static String table() throws Exception {
        String table = Files.readString(Path.of("processes/regimes/cn-2020-3.dmn"), StandardCharsets.UTF_8);
        assertThat(table).contains(REPLY_15);
        return table;
    }
}
