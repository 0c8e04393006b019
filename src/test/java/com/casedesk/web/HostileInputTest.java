package com.casedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Issue 7, hostile input: well over a thousand malformed or hostile requests to every public
 * endpoint — broken JSON, wrong types, control characters, injection strings, Unicode edge cases,
 * huge and deeply nested bodies, hostile headers and file names. None may answer 5xx; every refusal
 * is problem+json; every acceptance is a whole case with its process; nothing else is written.
 * Deterministic (fixed seed), so a failure can be replayed.
 */
@PostgresTest
class HostileInputTest {

    static final List<Object> HOSTILE_VALUES = List.of("", " ", "\u0000", "a\u0000b", "\u202Eevil", "\u200B\u200B",
            "'; drop table complaint; --", "\" or 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
            "#{7*7}", "../../etc/passwd", "😀".repeat(500), "ｆｕｌｌｗｉｄｔｈ", "\uFEFFbom", "e\u0301\u0301\u0301",
            "x".repeat(20_000), "line\nbreak", "tab\there", 0, -1, 1.5, 1e308, "1e309", true, false,
            List.of(), List.of(1, 2), java.util.Map.of(), java.util.Map.of("a", "b"), "null", "NaN", "9".repeat(400));

    static final String[] COMPLAINT_FIELDS = {"channel", "complainant", "complainant.name", "complainant.idNumber",
            "complainant.phone", "complainant.email", "respondent", "respondent.unit", "respondent.staffName",
            "businessLine", "category", "request", "facts", "claimedAmount", "flags", "jointComplainants"};
    static final String[] REPORT_FIELDS = {"anonymous", "reporter", "reporter.name", "reporter.phone", "reporter.email",
            "reportedParty", "reportedParty.name", "reportedParty.unit", "description", "occurredAt", "location"};

    static final String RUN_PHONE = "137" + String.format("%08d", new Random().nextInt(100_000_000));
    static final String RUN_EMAIL = "hostile-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtimeService;

    final Random random = new Random(20261123);
    final List<String> failures = new ArrayList<>();
    int sent;

    @Test
    void noHostileRequestGetsA5xxOrLeavesAPartialCase() throws Exception {
        long complaintsBefore = count("complaint");
        long reportsBefore = count("wb_report");
        long messagesBefore = count("wb_message");
        long documentsBefore = count("case_document");
        // a set: every valid submission has a case number of its own, a merged repeat too (issue 13 §5)
        java.util.Set<String> createdComplaints = new java.util.LinkedHashSet<>();
        List<String> createdReports = new ArrayList<>();
        String report = """
                {"anonymous": false, "reporter": {"name": "欧阳清风", "phone": "13900000000", "email": "r@example.com"},
                 "reportedParty": {"name": "王某", "unit": "朝阳支行"}, "description": "支行员工私下收费。",
                 "occurredAt": "2026-01-01", "location": "北京"}""";

        // complaints: every field × every hostile value, every field missing, broken structures
        String complaint = """
                {"channel": "ONLINE", "complainant": {"name": "张三", "idNumber": "110101199003071234",
                 "phone": "%s", "email": "%s"},
                 "respondent": {"unit": "朝阳支行", "staffName": "李四"}, "businessLine": "INSURANCE",
                 "category": "CLAIM_DISPUTE", "request": "要求全额赔付", "facts": "理赔申请提交一个月未获答复",
                 "claimedAmount": 12000.00, "flags": [], "jointComplainants": 1}"""
                // a phone and e-mail of this run only, so that every notice and row of the run is recognisably ours
                .formatted(RUN_PHONE, RUN_EMAIL);
        for (String body : mutations(complaint, COMPLAINT_FIELDS)) {
            ResponseEntity<String> response = postJson("/api/complaints", uniqueId(body), complaintHeaders());
            if (response.getStatusCode().value() == 201) {
                createdComplaints.add(json.readTree(response.getBody()).get("caseNumber").asText());
            }
        }
        // (header values with control characters or outside Latin-1 cannot even be sent; headers above Tomcat's 8 KB are
        // refused by Tomcat itself with a bare 400, before the service sees them: docs/reliability.md)
        for (String key : List.of("", " ", "k".repeat(4_000), "' or 1=1", "<script>", "%00")) {
            HttpHeaders headers = jsonHeaders();
            headers.set("Idempotency-Key", key);
            ResponseEntity<String> response = exchange("/api/complaints", HttpMethod.POST,
                    new HttpEntity<>(uniqueId(complaint).getBytes(StandardCharsets.UTF_8), headers));
            if (response.getStatusCode().value() == 201) {
                createdComplaints.add(json.readTree(response.getBody()).get("caseNumber").asText());
            }
        }

        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "application/json; charset=UTF-16", "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1")) {
            HttpHeaders headers = complaintHeaders();
            headers.set(HttpHeaders.CONTENT_TYPE, type);
            ResponseEntity<String> asComplaint = exchange("/api/complaints", HttpMethod.POST,
                    new HttpEntity<>(uniqueId(complaint).getBytes(StandardCharsets.UTF_8), headers));
            if (asComplaint.getStatusCode().value() == 201) {
                createdComplaints.add(json.readTree(asComplaint.getBody()).get("caseNumber").asText());
            }
            ResponseEntity<String> asReport = exchange("/api/reports", HttpMethod.POST,
                    new HttpEntity<>(report.getBytes(StandardCharsets.UTF_8), headers));
            if (asReport.getStatusCode().value() == 201) {
                createdReports.add(json.readTree(asReport.getBody()).get("reportNumber").asText());
            }
        }

        // reports
        String receiptCode = null;
        for (String body : mutations(report, REPORT_FIELDS)) {
            ResponseEntity<String> response = postJson("/api/reports", body, jsonHeaders());
            if (response.getStatusCode().value() == 201) {
                JsonNode receipt = json.readTree(response.getBody());
                createdReports.add(receipt.get("reportNumber").asText());
                receiptCode = receipt.get("receiptCode").asText();
            }
        }
        assertThat(receiptCode).as("some hostile-looking reports are valid reports").isNotNull();

        // the mailbox, with a valid receipt code so the bodies are read (wrong codes are few: the brake)
        HttpHeaders withCode = jsonHeaders();
        withCode.set("X-Receipt-Code", receiptCode);
        int messagesAccepted = 0;
        for (String body : mutations("{\"body\": \"补充：转账记录见附件\"}", new String[] {"body"})) {
            if (postJson("/api/reports/mailbox/messages", body, withCode).getStatusCode().value() == 201) {
                messagesAccepted++;
            }
        }
        for (String code : List.of("", "0000", "1".repeat(4000), "' or 1=1 --", receiptCode + " x")) {
            HttpHeaders headers = jsonHeaders();
            headers.set("X-Receipt-Code", code);
            exchange("/api/reports/mailbox", HttpMethod.GET, new HttpEntity<>(headers));
        }
        int documentsAccepted = 0;
        for (var part : hostileUploads()) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            headers.set("X-Receipt-Code", receiptCode);
            if (exchange("/api/reports/mailbox/documents", HttpMethod.POST, new HttpEntity<>(part, headers))
                    .getStatusCode().value() == 201) {
                documentsAccepted++;
            }
        }

        assertThat(sent).as("requests sent").isGreaterThanOrEqualTo(1000);
        assertThat(failures).as("answers that broke the rules").isEmpty();
        // nothing half-written: exactly the accepted cases exist, each with its process
        assertThat(count("complaint") - complaintsBefore).isEqualTo(createdComplaints.size());
        assertThat(count("wb_report") - reportsBefore).isEqualTo(createdReports.size());
        for (String caseNumber : createdComplaints) {
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                    .processDefinitionKey("complaint-handling").count()).as(caseNumber).isOne();
        }
        for (String reportNumber : createdReports) {
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reportNumber).count())
                    .as(reportNumber).isOne();
        }
        assertThat(count("wb_message") - messagesBefore).isEqualTo(messagesAccepted);
        assertThat(count("case_document") - documentsBefore).isEqualTo(documentsAccepted);
    }

    /** Every field with every hostile value, every field removed, and structural breakage. */
    private List<String> mutations(String valid, String[] fields) throws Exception {
        var bodies = new ArrayList<String>();
        for (String field : fields) {
            for (Object value : HOSTILE_VALUES) {
                bodies.add(with(valid, field, json.valueToTree(value)));
            }
            bodies.add(with(valid, field, null));
        }
        for (int i = 0; i < 40; i++) {
            bodies.add(valid.substring(0, random.nextInt(valid.length()))); // truncated
        }
        for (int i = 0; i < 30; i++) {
            char[] flipped = valid.toCharArray();
            String breakers = "{}[]\",:\\\u0000\u0001'";
            for (int j = 0; j < 5; j++) {
                flipped[random.nextInt(flipped.length)] = breakers.charAt(random.nextInt(breakers.length()));
            }
            bodies.add(new String(flipped));
        }
        bodies.add("[" .repeat(50_000) + "]".repeat(50_000));
        bodies.add("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000));
        bodies.add(valid.replaceFirst("\\{", "{\"channel\": \"PHONE\", "));  // duplicate keys
        bodies.add("\uFEFF" + valid);
        bodies.add(valid.substring(0, valid.length() - 1) + ", \"extra\": \"" + "y".repeat(3_000_000) + "\"}");
        bodies.add("null");
        bodies.add("42");
        bodies.add("\"just a string\"");
        bodies.add("");
        return bodies;
    }

    /** Replaces (or with null, removes) a field given as a dotted path. */
    private String with(String valid, String path, JsonNode value) throws Exception {
        ObjectNode root = (ObjectNode) json.readTree(valid);
        String[] parts = path.split("\\.");
        ObjectNode parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = (ObjectNode) parent.get(parts[i]);
        }
        if (value == null) {
            parent.remove(parts[parts.length - 1]);
        } else {
            parent.set(parts[parts.length - 1], value);
        }
        return json.writeValueAsString(root);
    }

    private List<LinkedMultiValueMap<String, Object>> hostileUploads() {
        var uploads = new ArrayList<LinkedMultiValueMap<String, Object>>();
        byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
        byte[][] contents = {new byte[0], "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1), pdf,
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, (byte) 0xD8}};
        String[] names = {"evidence.pdf", "../../etc/passwd", "a\u0000b.pdf", "😀.pdf", "x".repeat(5000) + ".pdf",
                "con.pdf", "<img src=x onerror=alert(1)>.pdf", ""};
        for (byte[] content : contents) {
            for (String name : names) {
                var parts = new LinkedMultiValueMap<String, Object>();
                parts.add("file", new ByteArrayResource(content) {
                    @Override
                    public String getFilename() {
                        return name;
                    }
                });
                parts.add("description", HOSTILE_VALUES.get(random.nextInt(20)).toString());
                uploads.add(parts);
            }
        }
        var noFile = new LinkedMultiValueMap<String, Object>();
        noFile.add("description", "no file");
        uploads.add(noFile);
        return uploads;
    }

    private ResponseEntity<String> postJson(String path, String body, HttpHeaders headers) {
        return exchange(path, HttpMethod.POST, new HttpEntity<>(body.getBytes(StandardCharsets.UTF_8), headers));
    }

    private ResponseEntity<String> exchange(String path, HttpMethod method, HttpEntity<?> entity) {
        sent++;
        ResponseEntity<String> response;
        try {
            response = http.exchange(path, method, entity, String.class);
        } catch (RuntimeException e) {
            failures.add(path + ": no answer (" + e.getClass().getSimpleName() + ")");
            return ResponseEntity.status(599).build();
        }
        int status = response.getStatusCode().value();
        if (status >= 500) {
            failures.add(path + " " + status + " for " + abbreviate(entity.getBody()));
        } else if (status >= 400) {
            MediaType type = response.getHeaders().getContentType();
            if (type == null || !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    || response.getBody() == null || !response.getBody().contains("\"title\"")) {
                failures.add(path + " " + status + " without a problem body for " + abbreviate(entity.getBody()));
            } else if (response.getBody().contains("Exception") || response.getBody().contains("at com.")) {
                failures.add(path + " " + status + " leaks internals: " + abbreviate(response.getBody()));
            }
        }
        return response;
    }

    private HttpHeaders complaintHeaders() {
        HttpHeaders headers = jsonHeaders();
        headers.set("Idempotency-Key", UUID.randomUUID().toString());
        return headers;
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    /** Valid complaints get an ID number no other test uses (repeat complaints are merged by design). */
    private static String uniqueId(String body) {
        return body.replace("110101199003071234", com.casedesk.support.Complaints.newIdNumber());
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static String abbreviate(Object body) {
        String text = body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(body);
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
