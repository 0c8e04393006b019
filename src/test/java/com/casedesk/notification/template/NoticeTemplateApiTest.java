package com.casedesk.notification.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The compliance preview of notice templates: what it shows, from which file, and who is refused. */
@PostgresTest
class NoticeTemplateApiTest {

    /** Every demo user outside compliance and the administrators: staff, owners, the whistleblowing groups. */
    private static final List<String> REFUSED = List.of("frontline", "supervisor", "leader", "reviewer", "executive",
            "claims", "underwriter", "sales", "operations", "manager", "owner", "wb-intake", "wb-investigator",
            "wb-committee", "wb-custodian");

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;

    @Test
    void complianceSeesEveryNoticeAndTheFileItUsesPerChannel() throws Exception {
        JsonNode listing = get("compliance", "/api/notices/templates", HttpStatus.OK);

        assertThat(listing.get("location").asText()).isEqualTo("classpath:/notices/");
        JsonNode decision = row(listing, "decision");
        assertThat(decision.get("purpose").asText()).isEqualTo("DECISION");
        assertThat(decision.get("subject").asText()).isEqualTo("decision.subject.txt");
        assertThat(decision.at("/channels/SMS").asText()).isEqualTo("decision.sms.txt");
        assertThat(decision.at("/channels/LETTER").asText()).isEqualTo("decision.txt");
        assertThat(row(listing, "repeat-merged").get("purpose").asText()).isEqualTo("ACKNOWLEDGEMENT");
        assertThat(row(listing, "handover-overdue").at("/channels/INTERNAL").asText()).isEqualTo("handover-overdue.txt");
        assertThat(listing.get("templates")).hasSize(NoticeTemplate.values().length);
    }

    @Test
    void aComplaintsNoticeIsPreviewedFromTheCaseAndStaffAlertsWithoutPersonalData() throws Exception {
        String caseNumber = newComplaint();

        JsonNode sms = get("compliance", preview("DECISION", caseNumber, "SMS"), HttpStatus.OK);
        assertThat(sms.get("purpose").asText()).isEqualTo("DECISION");
        assertThat(sms.get("channel").asText()).isEqualTo("SMS");
        assertThat(sms.get("templateFile").asText()).isEqualTo("decision.sms.txt");
        assertThat(sms.get("subject").asText()).isEqualTo("投诉处理结果告知书（编号" + caseNumber + "）");
        assertThat(sms.get("body").asText()).startsWith("尊敬的张三：您的投诉（编号" + caseNumber + "）").contains("仲裁");
        // not decided yet: the case has no result, and the preview says so rather than invent one
        assertThat(sms.get("body").asText()).contains("处理结果：。");
        assertThat(sms.get("emptyValues")).extracting(JsonNode::asText).contains("resultLabel");
        assertThat(sms.get("sampleValues")).isEmpty();
        JsonNode pause = get("compliance", preview("pause", caseNumber, "EMAIL"), HttpStatus.OK);
        assertThat(pause.get("sampleValues")).extracting(JsonNode::asText).containsExactly("pauseKind");

        JsonNode letter = get("admin", preview("decision", caseNumber, "letter"), HttpStatus.OK);
        assertThat(letter.get("templateFile").asText()).isEqualTo("decision.txt");
        assertThat(letter.get("body").asText()).contains(caseNumber, "核查", "调解", "仲裁", "诉讼");

        JsonNode alert = get("compliance", preview("level-alert", caseNumber, null), HttpStatus.OK);
        assertThat(alert.get("purpose").asText()).isEqualTo("LEVEL_ALERT");
        assertThat(alert.get("channel").asText()).isEqualTo("INTERNAL");
        assertThat(alert.get("body").asText()).contains(caseNumber).doesNotContain("张三", "13800138000",
                "zhang@example.com");
    }

    @Test
    void aWhistleblowingNoticeIsOnlyEverPreviewedWithSampleData() throws Exception {
        JsonNode wb = get("compliance", preview("wb-investigation-reminder", "WB-2026-000001", null), HttpStatus.OK);

        assertThat(wb.get("purpose").asText()).isEqualTo("REMINDER");
        assertThat(wb.get("caseNumber").isNull()).isTrue();
        assertThat(wb.get("body").asText()).isEqualTo("举报处理系统中有一项任务等待您处理，请登录系统查看。");

        JsonNode mailbox = get("compliance", preview("wb-feedback", "WB-2026-000001", "SMS"), HttpStatus.OK);
        assertThat(mailbox.get("purpose").isNull()).isTrue();
        assertThat(mailbox.get("channel").asText()).isEqualTo("MAILBOX");
        assertThat(mailbox.get("subject").isNull()).isTrue();
        assertThat(mailbox.get("body").asText()).contains(NoticeSamples.model().get("feedbackText").toString());
        assertThat(row(get("compliance", "/api/notices/templates", HttpStatus.OK), "wb-feedback").at("/channels/MAILBOX")
                .asText()).isEqualTo("wb-feedback.txt");
    }

    @Test
    void withoutACaseTheSampleIsShown() throws Exception {
        JsonNode sample = get("compliance", preview("extension", null, "EMAIL"), HttpStatus.OK);

        assertThat(sample.get("body").asText()).contains(NoticeSamples.CASE_NUMBER, "延长至");
        assertThat(sample.get("sampleValues")).extracting(JsonNode::asText).contains("caseNumber");
    }

    @Test
    void anUnknownCaseIs404AndAnUnknownPurposeOrChannel400NamingTheParameter() throws Exception {
        get("compliance", preview("DECISION", "C-1999-999999", "SMS"), HttpStatus.NOT_FOUND);

        JsonNode purpose = get("compliance", preview("FAREWELL", null, null), HttpStatus.BAD_REQUEST);
        assertThat(purpose.at("/errors/0/field").asText()).isEqualTo("purpose");
        JsonNode channel = get("compliance", preview("DECISION", null, "FAX"), HttpStatus.BAD_REQUEST);
        assertThat(channel.at("/errors/0/field").asText()).isEqualTo("channel");
    }

    @Test
    void everyoneElseIsRefusedWhateverTheyAskAndAnonymousMustLogIn() throws Exception {
        String caseNumber = newComplaint();
        List<String> paths = List.of("/api/notices/templates", preview("DECISION", caseNumber, "SMS"),
                preview("DECISION", "C-1999-999999", null), preview("FAREWELL", null, "FAX"),
                preview("wb-investigation-reminder", null, null));
        List<String> failures = new ArrayList<>();
        for (String user : REFUSED) {
            for (String path : paths) {
                ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(path, String.class);
                if (response.getStatusCode() != HttpStatus.FORBIDDEN || response.getBody().contains("张三")) {
                    failures.add(user + " " + path + " -> " + response.getStatusCode());
                }
            }
        }
        for (String path : paths) {
            ResponseEntity<String> response = http.getForEntity(path, String.class);
            if (response.getStatusCode() != HttpStatus.UNAUTHORIZED) {
                failures.add("anonymous " + path + " -> " + response.getStatusCode());
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String preview(String purpose, String caseNumber, String channel) {
        StringBuilder path = new StringBuilder("/api/notices/templates/" + purpose + "/preview");
        String separator = "?";
        if (caseNumber != null) {
            path.append(separator).append("caseNumber=").append(caseNumber);
            separator = "&";
        }
        if (channel != null) {
            path.append(separator).append("channel=").append(channel);
        }
        return path.toString();
    }

    private JsonNode get(String user, String path, HttpStatus expected) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(user + " " + path + ": " + response.getBody()).isEqualTo(expected);
        return json.readTree(response.getBody());
    }

    private static JsonNode row(JsonNode listing, String template) {
        for (JsonNode row : listing.get("templates")) {
            if (row.get("template").asText().equals(template)) {
                return row;
            }
        }
        throw new AssertionError("no row " + template);
    }

    private String newComplaint() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", "notice-templates-" + UUID.randomUUID());
        ResponseEntity<String> response = http.postForEntity("/api/complaints",
                new HttpEntity<>(Complaints.exampleJson("ONLINE"), headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody()).get("caseNumber").asText();
    }
}
