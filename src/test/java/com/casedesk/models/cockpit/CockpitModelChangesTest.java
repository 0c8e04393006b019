package com.casedesk.models.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.PostgresTest;
import com.casedesk.support.WebappLogin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The 模型变更 Cockpit view over HTTP, as Cockpit calls it: the module, the session, what each owner sees. */
@PostgresTest
class CockpitModelChangesTest {

    static final String API = "/camunda/api/cockpit/plugin/casedesk-models/default/";

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    @Test
    void cockpitLoadsThePluginModule() {
        ResponseEntity<String> module = http.getForEntity(
                "/camunda/api/cockpit/plugin/casedesk-models/static/app/plugin.js", String.class);
        assertThat(module.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(module.getBody()).contains("export default", "cockpit.route", "cockpit.navigation", "cockpit.dashboard",
                "模型变更", "模型漂移").doesNotContain("http://", "https://");
        assertThat(http.getForEntity("/camunda/app/cockpit/default/", String.class).getBody()).contains("casedesk-models");
    }

    @Test
    void onlyOwnersAndAdministratorsReadTheViewAndEachOwnerOnlyTheirModels() throws Exception {
        assertThat(http.getForEntity(API + "changes", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("frontline", "tasklist", "changes").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("manager", "cockpit", "changes").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("manager", "cockpit", "drift").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        Map<String, Object> grading = jdbc.queryForMap("""
                select r.deployment_id, r.resource_name from model_deployment_resource r
                join model_deployment d on d.deployment_id = r.deployment_id
                where d.deployed_by = 'release' and r.model_key = 'complaint-grading'
                order by d.deployed_at desc fetch first 1 rows only""");
        String download = "changes/" + grading.get("deployment_id") + "/resources/" + grading.get("resource_name");

        JsonNode owners = json.readTree(ok(as("owner", "cockpit", "changes")));
        assertThat(owners.findValuesAsText("key")).contains("complaint-grading", "complaint-handling")
                .doesNotContain("whistleblowing-handling", "wb-decide");
        assertThat(owners.get(0).get("deployedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
        assertThat(ok(as("owner", "cockpit", download))).contains("complaint-grading");
        assertThat(json.readTree(ok(as("owner", "cockpit", "drift"))).isArray()).isTrue();

        JsonNode wbOwners = json.readTree(ok(as("wb-owner", "cockpit", "changes")));
        assertThat(wbOwners.findValuesAsText("key")).contains("whistleblowing-handling")
                .doesNotContain("complaint-grading", "complaint-handling");
        ResponseEntity<String> refused = as("wb-owner", "cockpit", download);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).doesNotContain("<definitions");

        assertThat(json.readTree(ok(as("admin", "cockpit", "changes"))).findValuesAsText("key"))
                .contains("complaint-grading", "whistleblowing-handling");
    }

    private static String ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<String> as(String user, String app, String path) {
        WebappLogin.Session session = WebappLogin.as(http, user, app);
        var headers = session.headers();
        headers.setAccept(List.of(org.springframework.http.MediaType.ALL));
        return http.exchange(API + path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
