package com.casedesk.complaint;

import com.casedesk.complaint.intake.ComplaintIntake;
import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.casefile.EvidenceFiles;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Issue 13, Also: evidence through the complaint door (casefile/DocumentUpload, shared with the reporter's
 * mailbox) on PostgreSQL. Real files made in the test: a photo's metadata is not stored, a polyglot is refused.
 */
@PostgresTest
class EvidenceUploadTest {

    @Autowired ComplaintIntake intake;
    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aPhotoIsStoredWithoutItsMetadataAndBothHashesAreRecorded() throws Exception {
        String caseNumber = register();
        byte[] photo = EvidenceFiles.jpegWithMetadata();

        ResponseEntity<String> uploaded = upload(caseNumber, "现场照片.jpg", photo);

        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode document = json.readTree(uploaded.getBody());
        byte[] stored = http.withBasicAuth("frontline", "demo").getForEntity(uploaded.getHeaders().getLocation(), byte[].class).getBody();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                .doesNotContain(EvidenceFiles.PLACE, EvidenceFiles.CAMERA, EvidenceFiles.AUTHOR);
        assertThat(stored).isEqualTo(EvidenceFiles.jpeg());
        assertThat(document.get("sizeBytes").asLong()).isEqualTo(stored.length);
        assertThat(document.get("sha256").asText()).isEqualTo(sha256(stored));
        assertThat(document.get("originalSha256").asText()).isEqualTo(sha256(photo));
    }

    @Test
    void aPdfThatIsAlsoAWebPageIsRefusedNamingTheRuleAndNothingIsStored() throws Exception {
        String caseNumber = register();
        String before = stored(caseNumber);
        byte[] polyglot = "%PDF-1.4\n<html><body><script>fetch('/api/complaints')</script></body></html>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        ResponseEntity<String> refused = upload(caseNumber, "statement.pdf", polyglot);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode error = json.readTree(refused.getBody()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("file");
        assertThat(error.get("message").asText()).isEqualTo(
                "contains HTML or script (<html>): a file that is also a web page is refused");
        assertThat(stored(caseNumber)).isEqualTo(before);
    }

    private String stored(String caseNumber) {
        return jdbc.queryForList("select id from case_document where case_number = ?", caseNumber).toString()
                + jdbc.queryForList("select id from case_event where case_number = ? and event_type = 'DOCUMENT_ADDED'", caseNumber);
    }

    private String register() {
        var base = Complaints.with(Channel.HOTLINE, new BigDecimal("100"), Set.of(), 1);
        return intake.register(base, null, "test", "frontline").receipt().caseNumber();
    }

    private ResponseEntity<String> upload(String caseNumber, String name, byte[] content) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth("frontline", "demo").exchange("/api/complaints/" + caseNumber + "/documents",
                HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
