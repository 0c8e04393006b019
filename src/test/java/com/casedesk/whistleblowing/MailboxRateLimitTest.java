package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Issue 13 §8 over HTTP: a guessing source is stopped with 429 and Retry-After, while a reporter
 * connecting from elsewhere opens the mailbox at once. The sources are loopback addresses of their own
 * (connections bound to 127.0.0.x), so the limits other tests meet from 127.0.0.1 are untouched.
 */
@PostgresTest
@ExtendWith(OutputCaptureExtension.class)
class MailboxRateLimitTest {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired WhistleblowingProperties properties;
    @LocalServerPort int port;

    @Test
    void aGuessingSourceGets429WithRetryAfterAndAGenuineReporterElsewhereGetsInAtOnce(CapturedOutput output)
            throws Exception {
        HttpHeaders submit = new HttpHeaders();
        submit.setContentType(MediaType.APPLICATION_JSON);
        String code = json.readTree(http.postForEntity("/api/reports", new HttpEntity<>(Reports.anonymous(), submit),
                String.class).getBody()).get("receiptCode").asText();

        for (int i = 0; i < properties.mailboxFailuresPerSource(); i++) {
            assertThat(mailbox("127.0.0.21", String.format("%020d", i)).status()).isEqualTo(401);
        }
        Answer stopped = mailbox("127.0.0.21", "0000 1111 2222 3333 4444");
        Answer stoppedEvenWithTheRightCode = mailbox("127.0.0.21", code);

        for (Answer response : java.util.List.of(stopped, stoppedEvenWithTheRightCode)) {
            assertThat(response.status()).isEqualTo(429);
            assertThat(Long.parseLong(response.headers().get(HttpHeaders.RETRY_AFTER))).isPositive();
            assertThat(MediaType.parseMediaType(response.headers().get(HttpHeaders.CONTENT_TYPE)))
                    .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(429);
            assertThat(response.body()).doesNotContain("127.0.0", "0000");
        }
        assertThat(stoppedEvenWithTheRightCode.body()).doesNotContain(code);

        Answer genuine = mailbox("127.0.0.22", code);
        assertThat(genuine.status()).isEqualTo(200);
        assertThat(json.readTree(genuine.body()).get("status").asText()).isEqualTo("RECEIVED");
        // no answer names an address, and no log line either (the limit keeps a keyed hash in memory)
        assertThat(genuine.body()).doesNotContain("127.0.0");
        assertThat(output.getAll()).doesNotContain("127.0.0.21", "127.0.0.22");
    }

    /** An answer read off the wire. */
    record Answer(int status, java.util.Map<String, String> headers, String body) {
    }

    /**
     * The mailbox as seen from {@code source}: the connection is bound to that loopback address, so the
     * server sees it as the client's (connecting *to* 127.0.0.x would still come from 127.0.0.1).
     * HTTP/1.0, so the answer ends with the connection and is never chunked.
     */
    private Answer mailbox(String source, String code) throws java.io.IOException {
        try (var socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(source, 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(60_000);
            String request = "GET /api/reports/mailbox HTTP/1.0\r\nHost: localhost\r\nX-Receipt-Code: " + code
                    + "\r\nAccept: application/json\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
            String[] lines = head.split("\r\n");
            var headers = new java.util.TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < lines.length; i++) {
                headers.put(lines[i].substring(0, lines[i].indexOf(':')), lines[i].substring(lines[i].indexOf(':') + 1).strip());
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, answer.substring(head.length() + 4));
        }
    }
}
