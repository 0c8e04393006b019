package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** No log line of the report and mailbox paths carries the receipt code, the identity or the client. */
@PostgresTest
@ExtendWith(OutputCaptureExtension.class)
class ReportLoggingTest {

    private static final String USER_AGENT = "ReporterBrowser/9.9-unique-agent";

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;

    @Test
    void theAccessPathsLogNeitherTheReceiptCodeNorTheIdentityNorTheUserAgent(CapturedOutput output) throws Exception {
        Reports.Reporter reporter = Reports.newReporter();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.USER_AGENT, USER_AGENT);
        JsonNode receipt = json.readTree(http.postForEntity("/api/reports",
                new HttpEntity<>(Reports.realName(reporter), headers), String.class).getBody());
        String code = receipt.get("receiptCode").asText();
        String reportNumber = receipt.get("reportNumber").asText();
        // invalid input, too: a 400 must not echo or log what was sent
        http.postForEntity("/api/reports", new HttpEntity<>(Reports.realName(reporter)
                .replace("\"anonymous\": false", "\"anonymous\": true"), headers), String.class);
        headers.set("X-Receipt-Code", code);
        http.exchange("/api/reports/mailbox", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        http.postForEntity("/api/reports/mailbox/messages", new HttpEntity<>(Map.of("body", "补充材料"), headers),
                String.class);
        headers.set("X-Receipt-Code", "1111 2222 3333 4444 5555");
        http.exchange("/api/reports/mailbox", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        http.withBasicAuth("wb-custodian", "demo").postForEntity("/api/reports/" + reportNumber + "/identity-reveals",
                new HttpEntity<>("{\"reason\": \"依法协查\", \"legalBasis\": \"《监察法》第十八条\"}", headers), String.class);

        // the capture sees the application's log lines
        org.slf4j.LoggerFactory.getLogger(ReportController.class).warn("capture-probe {}", reportNumber);
        assertThat(output.getAll()).contains("capture-probe " + reportNumber);
        assertThat(output.getAll()).doesNotContain(code, code.replace(" ", ""), "1111 2222 3333 4444 5555",
                reporter.name(), reporter.phone(), reporter.email(), USER_AGENT);
    }
}
