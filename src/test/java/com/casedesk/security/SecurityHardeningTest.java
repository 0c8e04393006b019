package com.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a stranger or a hostile page gets from the service: refusals that teach nothing. */
@PostgresTest
class SecurityHardeningTest {

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired IdentityService identityService;

    @Test
    void aStateChangingRequestFromAnotherSiteIsRefusedAndWritesNothing() {
        long before = complaints();
        String body = Complaints.exampleJson("ONLINE");

        ResponseEntity<String> crossSite = post(body, "Sec-Fetch-Site", "cross-site");
        ResponseEntity<String> foreignOrigin = post(body, "Origin", "https://evil.example");
        assertThat(crossSite.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(crossSite.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(foreignOrigin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(complaints()).isEqualTo(before);

        // the public page itself (same origin) and non-browser clients go through
        assertThat(post(Complaints.exampleJson("ONLINE", Complaints.newIdNumber()), "Sec-Fetch-Site", "same-origin")
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(complaints()).isEqualTo(before + 1);
        // reading is not state-changing
        assertThat(http.withBasicAuth("frontline", "demo").exchange("/engine-rest/task/count", org.springframework.http.HttpMethod.GET,
                new HttpEntity<>(headers("Sec-Fetch-Site", "cross-site")), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        String probe = "probe-" + UUID.randomUUID().toString().substring(0, 8);
        var user = identityService.newUser(probe);
        user.setPassword("a-long-probe-password");
        identityService.saveUser(user);

        ResponseEntity<String> wrongPassword = http.withBasicAuth(probe, "wrong").getForEntity("/api/complaints/TS1", String.class);
        ResponseEntity<String> unknownUser = http.withBasicAuth("nobody-" + probe, "wrong").getForEntity("/api/complaints/TS1", String.class);
        ResponseEntity<String> engineRest = http.withBasicAuth("nobody-" + probe, "wrong").getForEntity("/engine-rest/task", String.class);

        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(unknownUser.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(wrongPassword.getBody()).isEqualTo(unknownUser.getBody()).isEqualTo(engineRest.getBody());
        assertThat(wrongPassword.getBody()).doesNotContainIgnoringCase("password").doesNotContain(probe, "Exception");
    }

    @Test
    void errorBodiesCarryNoStackTraceExceptionNameOrSql() {
        var headers = headers("Content-Type", "application/json");
        for (String broken : new String[] {"{\"channel\": ", "[1,2]", "{\"complainant\": {\"name\": \"x' or 1=1 --\"}}"}) {
            ResponseEntity<String> response = http.postForEntity("/api/complaints", new HttpEntity<>(broken, headers), String.class);
            assertThat(response.getStatusCode().is4xxClientError()).as(broken).isTrue();
            assertThat(response.getBody()).as(broken).doesNotContain("Exception", "at com.", "at org.", "SQL", "select ",
                    "insert ", "jackson");
        }
        ResponseEntity<String> notFound = http.withBasicAuth("frontline", "demo").getForEntity("/api/no-such-thing", String.class);
        assertThat(notFound.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(notFound.getBody()).doesNotContain("Exception", "trace");
    }

    @Test
    void onlyHealthIsPublicAmongTheActuatorEndpoints() {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("UP").doesNotContain("db", "diskSpace");

        assertThat(http.getForEntity("/actuator/info", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("manager", "demo").getForEntity("/actuator/info", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("admin", "demo").getForEntity("/actuator/info", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void thePublicPagesForbidForeignResourcesFramingAndReferrers() {
        ResponseEntity<String> page = http.getForEntity("/public/report.html", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(page.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        // Camunda's webapps keep their own policy (one CSP header, theirs)
        ResponseEntity<String> tasklist = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        assertThat(tasklist.getHeaders().get("Content-Security-Policy")).hasSize(1);
        assertThat(tasklist.getHeaders().getFirst("Content-Security-Policy")).contains("'nonce-");
    }

    private ResponseEntity<String> post(String body, String header, String value) {
        HttpHeaders headers = headers(header, value);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", UUID.randomUUID().toString());
        return http.postForEntity("/api/complaints", new HttpEntity<>(body, headers), String.class);
    }

    private static HttpHeaders headers(String name, String value) {
        var headers = new HttpHeaders();
        headers.set(name, value);
        return headers;
    }

    private long complaints() {
        return jdbc.queryForObject("select count(*) from complaint", Long.class);
    }
}
