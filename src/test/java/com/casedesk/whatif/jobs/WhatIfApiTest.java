package com.casedesk.whatif.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
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

/**
 * Issue 19, for process owners: POST /api/whatif runs candidate models in a JVM of its own (here the test's
 * stand-in for the whatif command, {@link StandInWhatIf}) and the owner reads the report when it is DONE.
 */
@PostgresTest
class WhatIfApiTest {

    static final Duration WAIT = Duration.ofSeconds(90);

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired WhatIfRunner runner;
    @Autowired WhatIfProperties properties;

    @Test
    void anOwnerRunsAChangedGradingTableAndReadsTheReportWhenItIsDone() throws Exception {
        byte[] dmn = WhatIfUploads.changedGrading();
        ResponseEntity<String> started = WhatIfUploads.post(http, "owner", WhatIfUploads.form(
                List.of(WhatIfUploads.file("candidate", "complaint-grading.dmn", dmn)), Map.of("cases", "20", "year", "2026")), null);

        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode run = json.readTree(started.getBody());
        String id = run.get("id").asText();
        assertThat(started.getHeaders().getLocation()).hasToString("/api/whatif/" + id);
        assertThat(run.get("status").asText()).isIn("QUEUED", "RUNNING", "DONE");
        assertThat(run.get("requestedBy").asText()).isEqualTo("owner");
        runner.awaitIdle(WAIT);

        JsonNode done = json.readTree(ok(get("owner", "/api/whatif/" + id)));
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("exitCode").asInt()).isZero();
        assertThat(done.get("startedAt").asText()).isNotBlank();
        assertThat(done.get("endedAt").asText()).isNotBlank();
        assertThat(done.get("cases").asInt()).isEqualTo(20);
        assertThat(done.get("year").asInt()).isEqualTo(2026);
        JsonNode file = done.get("candidates").get(0);
        assertThat(file.get("name").asText()).isEqualTo("complaint-grading.dmn");
        assertThat(file.get("sha256").asText()).isEqualTo(CandidateCheck.sha256(dmn));
        assertThat(json.convertValue(file.get("keys"), List.class)).containsExactly("complaint-grading");
        assertThat(json.convertValue(done.get("keys"), List.class)).containsExactly("complaint-grading");

        ResponseEntity<String> report = get("owner", "/api/whatif/" + id + "/report.json");
        JsonNode figures = json.readTree(ok(report));
        assertThat(figures.get("cases").asInt()).isEqualTo(20);
        assertThat(json.convertValue(figures.get("candidate"), List.class)).containsExactly("complaint-grading.dmn");
        // the real command line: the whatif argument, the run's own folders
        assertThat(json.convertValue(figures.get("args"), List.class)).contains("whatif", "--cases=20", "--year=2026",
                "--seeds=1", "--candidate=" + properties.workDir().resolve(id).resolve("candidate"),
                "--out=" + properties.workDir().resolve(id).resolve("out"));
        // a clean environment: none of the serving node's variables (database, mail, SMS) reach the child
        assertThat(json.convertValue(figures.get("env"), List.class)).isSubsetOf(WhatIfRunner.ENVIRONMENT);
        assertThat(Path.of(figures.get("cwd").asText())).isEqualTo(properties.workDir().resolve(id).toAbsolutePath());

        ResponseEntity<String> html = get("owner", "/api/whatif/" + id + "/report.html");
        assertThat(ok(html)).contains("推演报告");
        assertThat(html.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(html.getHeaders().getFirst("Content-Security-Policy")).contains("sandbox");

        JsonNode list = json.readTree(ok(get("owner", "/api/whatif")));
        assertThat(list.get(0).get("id").asText()).isEqualTo(id);
        assertThat(json.readTree(ok(get("admin", "/api/whatif"))).findValuesAsText("id")).contains(id);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'WHATIF_REQUESTED' and actor = 'owner'"
                + " and detail like ?", Long.class, "%" + id + "%" + CandidateCheck.sha256(dmn) + "%")).isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'WHATIF_READ' and actor = 'owner'"
                + " and detail like ?", Long.class, "%" + id + "%")).isEqualTo(2);
    }

    @Test
    void aRunTheCommandRefusesIsFailedWithTheCommandsMessage() throws Exception {
        ResponseEntity<String> started = WhatIfUploads.post(http, "owner", WhatIfUploads.form(List.of(WhatIfUploads.file(
                "candidate", "complaint-grading.dmn", WhatIfUploads.changedGrading())),
                Map.of("cases", String.valueOf(StandInWhatIf.REFUSE))), null);
        String id = json.readTree(started.getBody()).get("id").asText();
        runner.awaitIdle(WAIT);

        JsonNode failed = json.readTree(ok(get("owner", "/api/whatif/" + id)));
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("exitCode").asInt()).isEqualTo(2);
        assertThat(failed.get("message").asText()).contains("exit code 2", "部署被拒绝 (deployment refused)");
        assertThat(get("owner", "/api/whatif/" + id + "/report.html").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyStartsNoSecondRun() throws Exception {
        String key = "whatif-" + java.util.UUID.randomUUID();
        var form = WhatIfUploads.form(List.of(WhatIfUploads.file("candidate", "complaint-grading.dmn",
                WhatIfUploads.changedGrading())), Map.of("cases", "21"));
        long before = runs();

        ResponseEntity<String> first = WhatIfUploads.post(http, "owner", form, key);
        ResponseEntity<String> retry = WhatIfUploads.post(http, "owner", form, key);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(json.readTree(retry.getBody()).get("id").asText()).isEqualTo(json.readTree(first.getBody()).get("id").asText());
        assertThat(runs()).isEqualTo(before + 1);

        ResponseEntity<String> other = WhatIfUploads.post(http, "owner", WhatIfUploads.form(List.of(WhatIfUploads.file(
                "candidate", "complaint-grading.dmn", WhatIfUploads.changedGrading())), Map.of("cases", "22")), key);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(other.getBody()).contains("Idempotency-Key");
        assertThat(runs()).isEqualTo(before + 1);
        runner.awaitIdle(WAIT);
    }

    private long runs() {
        return jdbc.queryForObject("select count(*) from whatif_run", Long.class);
    }

    private ResponseEntity<String> get(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.ALL));
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    static String ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
