package com.casedesk.whatif.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.util.MultiValueMap;

/**
 * Who may run and read a what-if (issue 19): only the owners of every model key the candidate files define
 * (administrators own all). Everybody else is refused on every path: starting (403 naming the rule, nothing
 * stored, no folder written, no JVM started), listing (not shown), reading a run or its reports (404).
 */
@PostgresTest
class WhatIfAccessTest {

    private static final List<String> CASEWORKERS = List.of("frontline", "supervisor", "manager", "wb-investigator",
            "compliance");
    private static String complaintRun;
    private static String whistleblowingRun;

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired WhatIfRunner runner;
    @Autowired WhatIfProperties properties;

    @BeforeEach
    void runsOfBothOwners() throws Exception {
        if (complaintRun == null) {
            complaintRun = started("owner", grading());
            whistleblowingRun = started("wb-owner", whistleblowing());
            runner.awaitIdle(Duration.ofSeconds(90));
        }
    }

    @Test
    void caseworkersAndTheOtherOwnerCannotStartARunAndNothingIsStoredOrStarted() throws Exception {
        Snapshot before = snapshot();
        for (String worker : CASEWORKERS) {
            assertRefused(WhatIfUploads.post(http, worker, grading(), null), worker);
            assertRefused(WhatIfUploads.post(http, worker, whistleblowing(), null), worker);
        }
        ResponseEntity<String> wbOwner = WhatIfUploads.post(http, "wb-owner", grading(), null);
        assertRefused(wbOwner, "wb-owner");
        assertThat(wbOwner.getBody()).contains("complaint-grading is owned by process-owner");
        ResponseEntity<String> owner = WhatIfUploads.post(http, "owner", whistleblowing(), null);
        assertRefused(owner, "owner");
        assertThat(owner.getBody()).contains("wb-notice-failure is owned by whistleblowing-process-owner");
        // one file of another owner refuses the whole request
        ResponseEntity<String> mixed = WhatIfUploads.post(http, "owner", WhatIfUploads.form(List.of(
                WhatIfUploads.file("candidate", "complaint-grading.dmn", WhatIfUploads.changedGrading()),
                WhatIfUploads.file("candidate", "wb-decide.form", WhatIfUploads.read("forms/whistleblowing/wb-decide.form"))),
                Map.of("cases", "20")), null);
        assertRefused(mixed, "owner");
        assertThat(mixed.getBody()).contains("wb-decide").doesNotContain("complaint-grading is owned");

        ResponseEntity<String> anonymous = WhatIfUploads.post(http, null, grading(), null);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void nobodyButTheOwnersReadsARunItsReportsOrSeesItListed() {
        for (String worker : CASEWORKERS) {
            assertHidden(worker, complaintRun);
            assertHidden(worker, whistleblowingRun);
        }
        assertHidden("wb-owner", complaintRun);
        assertHidden("owner", whistleblowingRun);
        for (String path : List.of("/api/whatif", "/api/whatif/" + complaintRun, "/api/whatif/" + complaintRun + "/report.html",
                "/api/whatif/" + complaintRun + "/report.json")) {
            assertThat(http.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'WHATIF_READ' and (actor not in"
                + " ('owner', 'wb-owner', 'admin') or actor = 'wb-owner' and detail like ? or actor = 'owner' and detail like ?)",
                Long.class, "%" + complaintRun + "%", "%" + whistleblowingRun + "%")).as("a refused read is no read").isZero();

        assertThat(WhatIfApiTest.ok(get("owner", "/api/whatif/" + complaintRun + "/report.json"))).contains("\"cases\": 20");
        assertThat(WhatIfApiTest.ok(get("wb-owner", "/api/whatif/" + whistleblowingRun + "/report.json"))).contains("\"cases\": 20");
        assertThat(WhatIfApiTest.ok(get("admin", "/api/whatif/" + whistleblowingRun))).contains(whistleblowingRun);
    }

    private void assertHidden(String user, String run) {
        ResponseEntity<String> list = get(user, "/api/whatif");
        // an owner sees the list without the other area's run; a case worker may not list at all
        assertThat(list.getStatusCode()).as(user).isEqualTo(user.endsWith("owner") || user.equals("compliance")
                ? HttpStatus.OK : HttpStatus.FORBIDDEN);
        assertThat(list.getBody()).as(user).doesNotContain(run);
        for (String path : List.of("/api/whatif/" + run, "/api/whatif/" + run + "/report.html", "/api/whatif/" + run + "/report.json")) {
            ResponseEntity<String> read = get(user, path);
            assertThat(read.getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(read.getBody()).as(user).doesNotContain("推演报告", "\"cases\"");
        }
    }

    private void assertRefused(ResponseEntity<String> response, String user) throws IOException {
        assertThat(response.getStatusCode()).as(user + ": " + response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("rule").asText()).isEqualTo(WhatIfRefused.OWNER_RULE);
    }

    /** What a refused request could have left behind: a row, an audit record, a run folder. */
    record Snapshot(long runs, long requested, List<Path> folders) {
    }

    private Snapshot snapshot() throws IOException {
        List<Path> folders = List.of();
        if (Files.isDirectory(properties.workDir())) {
            try (Stream<Path> listed = Files.list(properties.workDir())) {
                folders = listed.sorted().toList();
            }
        }
        return new Snapshot(jdbc.queryForObject("select count(*) from whatif_run", Long.class),
                jdbc.queryForObject("select count(*) from audit_log where action = 'WHATIF_REQUESTED'", Long.class), folders);
    }

    private String started(String user, MultiValueMap<String, Object> form) throws IOException {
        ResponseEntity<String> started = WhatIfUploads.post(http, user, form, null);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        return json.readTree(started.getBody()).get("id").asText();
    }

    private static MultiValueMap<String, Object> grading() {
        return WhatIfUploads.form(List.of(WhatIfUploads.file("candidate", "complaint-grading.dmn",
                WhatIfUploads.changedGrading())), Map.of("cases", "20"));
    }

    private static MultiValueMap<String, Object> whistleblowing() {
        return WhatIfUploads.form(List.of(WhatIfUploads.file("candidate", "wb-notice-failure.bpmn",
                WhatIfUploads.read("processes/whistleblowing/wb-notice-failure.bpmn"))), Map.of("cases", "20"));
    }

    private ResponseEntity<String> get(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.ALL));
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
