package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13, Also: per-report data keys. On PostgreSQL, through the service: a record of the first (shared
 * key) scheme still reveals and is re-sealed under a key of its own; retention destroys the report's key, after
 * which a copy of the ciphertext (a restored backup of wb_report) opens for nobody.
 */
@PostgresTest
class IdentityKeysTest {

    private static final String REVEAL = "{\"reason\": \"核实举报人身份\", \"legalBasis\": \"《监察法》第十八条，协查函 2026-17 号\"}";

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired IdentityVault vault;
    @Autowired IdentityKeyMaintenance maintenance;
    @Autowired ReportRetention retention;

    @Test
    void aRecordSealedWithTheSharedKeyRevealsAndIsResealedUnderAKeyOfItsOwn() throws Exception {
        Reports.Reporter reporter = Reports.newReporter();
        String number = submit(reporter);
        // as the first scheme stored it: sealed directly by the master key, no report key
        ReporterIdentity identity = new ReporterIdentity(reporter.name(), reporter.phone(), reporter.email());
        jdbc.update("update wb_report set identity_ciphertext = ?, identity_key_id = 'dev-only' where report_number = ?",
                vault.sealWithSharedKey(number, identity), number);
        jdbc.update("delete from wb_identity_key where report_number = ?", number);

        assertThat(revealedName(number)).isEqualTo(reporter.name());

        assertThat(maintenance.resealSharedKeyRecords()).isPositive();

        assertThat(jdbc.queryForObject("select identity_key_id from wb_report where report_number = ?", String.class, number))
                .isNull();
        assertThat(jdbc.queryForObject("select master_key_id from wb_identity_key where report_number = ?", String.class, number))
                .isEqualTo("dev-only");
        assertThat(revealedName(number)).isEqualTo(reporter.name());
        assertThat(maintenance.resealSharedKeyRecords()).as("nothing left to re-seal").isZero();
        assertThat(maintenance.rewrapToActiveKey()).as("every key already wrapped by the active one").isZero();
    }

    @Test
    void retentionDestroysTheReportKeySoARestoredCopyOfTheIdentityOpensForNobody() throws Exception {
        Reports.Reporter reporter = Reports.newReporter();
        String number = submit(reporter);
        byte[] backup = jdbc.queryForObject("select identity_ciphertext from wb_report where report_number = ?", byte[].class, number);
        int reveals = reveals(number);

        assertThat(retention.anonymize(number, Instant.now())).isTrue();

        assertThat(jdbc.queryForObject("select count(*) from wb_identity_key where report_number = ?", Integer.class, number)).isZero();
        // an old backup of wb_report put back: the ciphertext is there, its key is not
        jdbc.update("update wb_report set identity_ciphertext = ? where report_number = ?", backup, number);
        ResponseEntity<String> response = reveal(number);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(response.getBody()).contains("Identity destroyed").doesNotContain(reporter.name(), reporter.phone());
        assertThat(reveals(number)).isEqualTo(reveals);
        // nor does the master key, the only other secret, open it
        assertThatThrownBy(() -> vault.openSharedKeyRecord(number, vault.activeKeyId(), backup)).isInstanceOf(IllegalStateException.class);
    }

    private String submit(Reports.Reporter reporter) throws Exception {
        ResponseEntity<String> created = http.postForEntity("/api/reports", new HttpEntity<>(Reports.realName(reporter), jsonHeaders()),
                String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).get("reportNumber").asText();
    }

    private String revealedName(String number) throws Exception {
        ResponseEntity<String> response = reveal(number);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(response.getBody());
        return body.get("name").asText();
    }

    private ResponseEntity<String> reveal(String number) {
        return http.withBasicAuth("wb-custodian", "demo").postForEntity("/api/reports/" + number + "/identity-reveals",
                new HttpEntity<>(REVEAL, jsonHeaders()), String.class);
    }

    private int reveals(String number) {
        return jdbc.queryForObject("select count(*) from wb_identity_reveal where report_number = ?", Integer.class, number);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
