package com.casedesk.whatif.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.PostgresTest;
import com.casedesk.support.WebappLogin;
import com.casedesk.whatif.jobs.WhatIfRunner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The 模型推演 Cockpit view over HTTP, as Cockpit calls it: the module, the session, who may start and read. */
@PostgresTest
class CockpitWhatIfTest {

    static final String API = "/camunda/api/cockpit/plugin/casedesk-whatif/default/";

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired WhatIfRunner runner;

    @Test
    void cockpitLoadsThePluginModule() {
        ResponseEntity<String> module = http.getForEntity(
                "/camunda/api/cockpit/plugin/casedesk-whatif/static/app/plugin.js", String.class);
        assertThat(module.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(module.getBody()).contains("export default", "cockpit.route", "cockpit.navigation", "模型推演")
                .doesNotContain("http://", "https://");
        assertThat(http.getForEntity("/camunda/app/cockpit/default/", String.class).getBody()).contains("casedesk-whatif");
    }

    @Test
    void anOwnerStartsARunInCockpitAndReadsItsReportOthersNeither() throws Exception {
        String dmn = Files.readString(Path.of("processes/complaint/complaint-grading.dmn"))
                .replace("<text>&gt;= 50000</text>", "<text>&gt;= 35000</text>");
        String body = json.writeValueAsString(Map.of("cases", "20", "idempotencyKey", "cockpit-test-" + System.nanoTime(),
                "candidates", List.of(Map.of("name", "complaint-grading.dmn",
                        "content", Base64.getEncoder().encodeToString(dmn.getBytes(java.nio.charset.StandardCharsets.UTF_8))))));
        long before = jdbc.queryForObject("select count(*) from whatif_run", Long.class);

        assertThat(post("frontline", "tasklist", body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("manager", "cockpit", body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> wbOwner = post("wb-owner", "cockpit", body);
        assertThat(wbOwner.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(wbOwner.getBody()).contains("complaint-grading is owned by process-owner");
        assertThat(jdbc.queryForObject("select count(*) from whatif_run", Long.class)).isEqualTo(before);

        ResponseEntity<String> started = post("owner", "cockpit", body);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        String id = json.readTree(started.getBody()).get("id").asText();
        runner.awaitIdle(Duration.ofSeconds(90));

        JsonNode listed = json.readTree(ok(get("owner", "cockpit", "runs")));
        JsonNode run = listed.get(0);
        assertThat(run.get("id").asText()).isEqualTo(id);
        assertThat(run.get("status").asText()).isEqualTo("DONE");
        assertThat(run.get("requestedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
        ResponseEntity<String> report = get("owner", "cockpit", "runs/" + id + "/report.html");
        assertThat(ok(report)).contains("推演报告");
        assertThat(report.getHeaders().getFirst("Content-Security-Policy")).contains("sandbox");

        assertThat(ok(get("wb-owner", "cockpit", "runs"))).doesNotContain(id);
        assertThat(get("wb-owner", "cockpit", "runs/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("wb-owner", "cockpit", "runs/" + id + "/report.html").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("manager", "cockpit", "runs/" + id + "/report.json").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("manager", "cockpit", "runs").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity(API + "runs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void badFilesAreRefusedNamingTheField() {
        ResponseEntity<String> bad = post("owner", "cockpit", "{\"candidates\": [{\"name\": \"notes.txt\", \"content\": \"aGVsbG8=\"}],"
                + " \"cases\": \"60000\"}");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("candidate: notes.txt", "cases: a whole number from 1 to 50000");
    }

    private static String ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<String> get(String user, String app, String path) {
        HttpHeaders headers = WebappLogin.as(http, user, app).headers();
        headers.setAccept(List.of(MediaType.ALL));
        return http.exchange(API + path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<String> post(String user, String app, String body) {
        WebappLogin.Session session = WebappLogin.as(http, user, app);
        String csrf = http.exchange(API + "runs", HttpMethod.GET, new HttpEntity<>(session.headers()), String.class)
                .getHeaders().getFirst("X-XSRF-TOKEN");
        HttpHeaders headers = session.headers();
        headers.set("X-XSRF-TOKEN", csrf);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(API + "runs", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
