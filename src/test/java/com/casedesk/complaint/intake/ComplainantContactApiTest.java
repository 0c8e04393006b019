package com.casedesk.complaint.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.OutboxMessage;
import com.casedesk.notification.OutboxRepository;
import com.casedesk.support.Complaints;
import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
 * Issue 16: a postal address and a preferred channel in the intake contract, on the public (ONLINE, no
 * login) and the staff path (LETTER, HOTLINE by complaint-frontline), over HTTP on PostgreSQL; the notice
 * that follows goes the chosen way; the address is masked like the phone.
 */
@PostgresTest
class ComplainantContactApiTest {

    static final String ADDRESS = "北京市朝阳区建国路1号院2号楼301室 100020";

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired RuntimeService runtimeService;
    @Autowired EngineDriver driver;
    @Autowired OutboxRepository outbox;
    @Autowired CaseEventLog events;

    @ParameterizedTest(name = "{0} by {1}")
    @CsvSource(value = {"ONLINE,", "LETTER,frontline"})
    void aComplaintWithOnlyAPostalAddressIsRegisteredAndAnsweredByLetter(String channel, String staff) throws Exception {
        ObjectNode body = submission(channel, contact(null, null, ADDRESS));

        ResponseEntity<String> response = post(body, staff);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = json.readTree(response.getBody()).get("caseNumber").asText();
        assertThat(jdbc.queryForMap("select complainant_phone, complainant_email, complainant_address, preferred_channel"
                + " from complaint where case_number = ?", caseNumber)).containsEntry("complainant_address", ADDRESS)
                .containsEntry("complainant_phone", null).containsEntry("complainant_email", null)
                .containsEntry("preferred_channel", null);

        OutboxMessage ack = acknowledge(caseNumber);
        assertThat(ack.channel()).isEqualTo(NotificationChannel.LETTER);
        assertThat(ack.recipient()).isEqualTo(ADDRESS);
        // a LETTER complaint's letter is what was meant; an ONLINE complaint meant SMS and had no mobile number
        assertThat(fallbacks(caseNumber)).hasSize("LETTER".equals(channel) ? 0 : 1);
    }

    @Test
    void aStatedPreferenceIsStoredAndWinsOverTheIntakeChannel() throws Exception {
        ObjectNode body = submission("HOTLINE", contact("13800138000", "zhang@example.com", ADDRESS));
        body.put("preferredChannel", "LETTER");

        String caseNumber = json.readTree(post(body, "frontline").getBody()).get("caseNumber").asText();

        assertThat(jdbc.queryForObject("select preferred_channel from complaint where case_number = ?", String.class,
                caseNumber)).isEqualTo("LETTER");
        OutboxMessage ack = acknowledge(caseNumber);
        assertThat(ack.channel()).isEqualTo(NotificationChannel.LETTER);
        assertThat(ack.recipient()).isEqualTo(ADDRESS);
        assertThat(fallbacks(caseNumber)).isEmpty();
    }

    @Test
    void aHotlineComplaintWithoutAMobileNumberIsToldByEmailAndTheEventLogSaysWhy() throws Exception {
        String caseNumber = json.readTree(post(submission("HOTLINE", contact("010-65001234", "zhang@example.com", null)),
                "frontline").getBody()).get("caseNumber").asText();

        OutboxMessage ack = acknowledge(caseNumber);

        assertThat(ack.channel()).isEqualTo(NotificationChannel.EMAIL);
        assertThat(ack.recipient()).isEqualTo("zhang@example.com");
        assertThat(fallbacks(caseNumber)).singleElement().satisfies(detail -> assertThat(detail)
                .contains("ACKNOWLEDGEMENT", "EMAIL", "SMS", "fallback: no mobile number", "outbox " + ack.id())
                .doesNotContain("zhang@example.com", "65001234"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ONLINE |    | address  | 301 characters
            LETTER | frontline | address  | 301 characters
            ONLINE |    | address  | a line break
            LETTER | frontline | address  | a control character
            """)
    void aBadAddressIs400NamingItAndCreatesNoCase(String channel, String staff, String field, String what)
            throws Exception {
        String address = switch (what) {
            case "301 characters" -> "北".repeat(301);
            case "a line break" -> "北京市朝阳区\n建国路1号";
            default -> "北京市朝阳区\u0007建国路1号";
        };
        assertRefused(submission(channel, contact("13800138000", null, address)), staff, "complainant.address");
    }

    @Test
    void anAddressOfExactly300CharactersIsAccepted() throws Exception {
        ObjectNode body = submission("ONLINE", contact(null, null, "北".repeat(300)));

        assertThat(post(body, null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @ParameterizedTest(name = "{0} {1} with phone {2} e-mail {3} address {4}")
    @CsvSource(delimiter = '|', textBlock = """
            ONLINE  |           | SMS    | 010-65001234 | zhang@example.com |
            LETTER  | frontline | SMS    |              | zhang@example.com | 北京市朝阳区建国路1号
            ONLINE  |           | EMAIL  | 13800138000  |                   | 北京市朝阳区建国路1号
            HOTLINE | frontline | EMAIL  | 13800138000  |                   |
            APP     |           | LETTER | 13800138000  | zhang@example.com |
            EMAIL   | frontline | LETTER |              | zhang@example.com |
            ONLINE  |           | FAX    | 13800138000  |                   |
            LETTER  | frontline | INTERNAL | 13800138000 |                  | 北京市朝阳区建国路1号
            """)
    void aPreferredChannelWithoutItsContactIs400NamingItAndCreatesNoCase(String channel, String staff, String preferred,
                                                                      String phone, String email, String address)
            throws Exception {
        ObjectNode body = submission(channel, contact(phone, email, address));
        body.put("preferredChannel", preferred);

        assertRefused(body, staff, "preferredChannel");
    }

    @Test
    void withoutAnyContactTheComplaintIsRefusedAsComplainantContact() throws Exception {
        assertRefused(submission("ONLINE", contact(null, null, "  ")), null, "complainant.contact");
        assertRefused(submission("LETTER", contact("", "", null)), "frontline", "complainant.contact");
    }

    @Test
    void theAddressIsShownInFullToTheFrontLineAndMaskedToOthers() throws Exception {
        String caseNumber = json.readTree(post(submission("LETTER", contact(null, null, ADDRESS)), "frontline").getBody())
                .get("caseNumber").asText();

        for (String user : List.of("frontline", "supervisor")) {
            assertThat(complainant(caseNumber, user).get("address").asText()).as(user).isEqualTo(ADDRESS);
        }
        for (String user : List.of("manager", "compliance", "leader")) {
            JsonNode complainant = complainant(caseNumber, user);
            assertThat(complainant.get("address").asText()).as(user)
                    .isEqualTo("北京市朝阳区****").doesNotContain("建国路", "301");
            assertThat(complainant.get("preferredChannel").isNull()).isTrue();
        }
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void theAddressIsNeverLogged(org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        String address = "天津市和平区日志路" + UUID.randomUUID().toString().substring(0, 8) + "号";
        String caseNumber = json.readTree(post(submission("LETTER", contact(null, null, address)), "frontline").getBody())
                .get("caseNumber").asText();
        acknowledge(caseNumber);
        complainant(caseNumber, "frontline");
        // refused input, too: a 400 must not log what was sent
        post(submission("ONLINE", contact(null, null, address + "\n" + address)), null);
        ObjectNode refused = submission("ONLINE", contact(null, null, address));
        refused.put("preferredChannel", "SMS");
        post(refused, null);

        org.slf4j.LoggerFactory.getLogger(ComplaintController.class).warn("capture-probe {}", caseNumber);
        assertThat(output.getAll()).contains("capture-probe " + caseNumber).doesNotContain(address);
    }

    private JsonNode complainant(String caseNumber, String user) throws Exception {
        ResponseEntity<String> read = http.withBasicAuth(user, "demo").getForEntity("/api/complaints/" + caseNumber,
                String.class);
        assertThat(read.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        return json.readTree(read.getBody()).get("complainant");
    }

    private void assertRefused(ObjectNode body, String staff, String field) throws Exception {
        String name = ((ObjectNode) body.get("complainant")).get("name").asText();

        ResponseEntity<String> response = post(body, staff);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field")).containsExactly(field);
        assertThat(jdbc.queryForObject("select count(*) from complaint where complainant_name = ?", Integer.class, name))
                .isZero();
    }

    /** The acknowledgement job run, and its outbox row. */
    private OutboxMessage acknowledge(String caseNumber) {
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.KEY)
                .processInstanceBusinessKey(caseNumber).singleResult();
        driver.executeJob(pi, ComplaintProcess.Elements.ACKNOWLEDGE);
        return outbox.findByCaseNumberOrderById(caseNumber).stream()
                .filter(m -> m.purpose() == NoticePurpose.ACKNOWLEDGEMENT).findFirst().orElseThrow();
    }

    private List<String> fallbacks(String caseNumber) {
        return events.history(caseNumber).stream().filter(e -> "NOTICE_CHANNEL_FALLBACK".equals(e.eventType()))
                .map(e -> e.detail()).toList();
    }

    private static Map<String, String> contact(String phone, String email, String address) {
        java.util.HashMap<String, String> contact = new java.util.HashMap<>();
        contact.put("phone", phone);
        contact.put("email", email);
        contact.put("address", address);
        contact.values().removeIf(java.util.Objects::isNull);
        return contact;
    }

    /** The contract's example with a complainant of its own (unique name: a refused one is looked for by it). */
    private ObjectNode submission(String channel, Map<String, String> contact) throws Exception {
        ObjectNode body = (ObjectNode) json.readTree(Complaints.exampleJson(channel));
        ObjectNode complainant = (ObjectNode) body.get("complainant");
        complainant.remove(List.of("phone", "email"));
        complainant.put("name", "联系" + UUID.randomUUID().toString().substring(0, 8));
        contact.forEach(complainant::put);
        return body;
    }

    private ResponseEntity<String> post(ObjectNode body, String staff) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate client = staff == null || staff.isBlank() ? http : http.withBasicAuth(staff, "demo");
        return client.exchange("/api/complaints", HttpMethod.POST, new HttpEntity<>(json.writeValueAsString(body), headers),
                String.class);
    }
}
