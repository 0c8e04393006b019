package com.casedesk.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.StaffAlertJobs;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
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
 * The case metrics: what each meter counts, compared before and after cases are written (the database
 * holds every other test's cases too), and the Prometheus endpoint. The engine clock stands still, so no
 * other job falls due between the two readings.
 */
@PostgresTest
class CaseMetricsTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired CaseMetrics metrics;
    @Autowired MeterRegistry registry;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired com.casedesk.notification.Notifications notifications;
    @Autowired com.casedesk.support.TestNotificationGateway gateway;

    final String prefix = "MT" + ThreadLocalRandom.current().nextInt(1_000_000);

    @AfterEach
    void clockBack() {
        ClockUtil.reset();
    }

    @Test
    void theMetersCountTheLedgerAndTheEngine() throws Exception {
        // alerts other test classes left pending would otherwise be sent below and count as fewer due jobs
        try {
            StaffAlertJobs.sendPending(managementService);
        } catch (RuntimeException leftOver) {
            // an alert another class left broken: its retry is due later, so it is no due job either way
        }
        ClockUtil.setCurrentTime(Date.from(at("2999-08-01 10:00").toInstant()));
        metrics.refresh();
        Map<String, Double> before = readings();

        // complaints: level 2 open and past its statutory deadline, level 2 closed, level 1 open with two
        // escalations, one withdrawn without a level; reports: one open, one closed, one refused with an escalation
        complaint("A", 2, "IN_HANDLING", "2999-07-01 10:00", 0);
        complaint("B", 2, "CLOSED", "2999-12-01 10:00", 0);
        complaint("C", 1, "IN_HANDLING", "2999-12-01 10:00", 2);
        complaint("D", null, "WITHDRAWN", "2999-12-01 10:00", 0);
        report("W1", "RECEIVED");
        report("W2", "CLOSED");
        report("W3", "REFUSED");
        jdbc.update("insert into case_event (case_number, occurred_at, actor, event_type) values (?, ?, 'test', 'ESCALATED')",
                "JB" + prefix + "W3", at("2999-08-01 09:00"));
        jdbc.update("insert into outbox_message (case_number, purpose, channel, recipient, content, created_at)"
                + " values (?, 'ACKNOWLEDGEMENT', 'SMS', '13900000000', 'test', ?)", prefix + "A", at("2999-08-01 09:00"));
        // a real complaint: its acknowledgement is a job due now
        String caseNumber = submitComplaint();
        metrics.refresh();
        Map<String, Double> after = readings();

        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("casedesk.cases.received complaint 1", 1.0);
        expected.put("casedesk.cases.received complaint 2", 2.0);
        expected.put("casedesk.cases.received complaint 3", 1.0);
        expected.put("casedesk.cases.received complaint none", 1.0);
        expected.put("casedesk.cases.received whistleblowing none", 3.0);
        expected.put("casedesk.cases.closed complaint 1", 0.0);
        expected.put("casedesk.cases.closed complaint 2", 1.0);
        expected.put("casedesk.cases.closed complaint 3", 0.0);
        expected.put("casedesk.cases.closed complaint none", 1.0);
        expected.put("casedesk.cases.closed whistleblowing none", 2.0);
        expected.put("casedesk.cases.open complaint 1", 1.0);
        expected.put("casedesk.cases.open complaint 2", 1.0);
        expected.put("casedesk.cases.open complaint 3", 1.0);
        expected.put("casedesk.cases.open complaint none", 0.0);
        expected.put("casedesk.cases.open whistleblowing none", 1.0);
        expected.put("casedesk.cases.overdue complaint 1", 0.0);
        expected.put("casedesk.cases.overdue complaint 2", 1.0);
        expected.put("casedesk.cases.overdue complaint 3", 0.0);
        expected.put("casedesk.cases.overdue complaint none", 0.0);
        expected.put("casedesk.escalations complaint 1", 2.0);
        expected.put("casedesk.escalations complaint 2", 0.0);
        expected.put("casedesk.escalations complaint 3", 0.0);
        expected.put("casedesk.escalations complaint none", 0.0);
        expected.put("casedesk.escalations whistleblowing none", 1.0);
        expected.put("casedesk.outbox.backlog", 1.0);
        expected.put("casedesk.jobs.due", 1.0);
        expected.put("casedesk.jobs.failed", 0.0);
        expected.put("casedesk.incidents", 0.0);
        expected.put("casedesk.models.drift", 0.0); // cases do not move a model
        assertThat(delta(before, after)).isEqualTo(expected);

        // the acknowledgement fails for good: a failed job and an incident instead of a due job
        Job acknowledgement = managementService.createJobQuery().processInstanceId(runtimeService
                .createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId())
                .activityId("Task_AcknowledgeComplainant").singleResult();
        managementService.setJobRetries(acknowledgement.getId(), 0);
        // the failure opens 处理告知失败, whose e-mail alert is a job of its own (notice-staff-alert): sent here,
        // so the meters below show the acknowledgement's failure alone
        StaffAlertJobs.sendPending(managementService);
        metrics.refresh();
        Map<String, Double> failed = readings();
        assertThat(failed.get("casedesk.jobs.due") - before.get("casedesk.jobs.due")).isZero();
        assertThat(failed.get("casedesk.jobs.failed") - before.get("casedesk.jobs.failed")).isEqualTo(1.0);
        assertThat(failed.get("casedesk.incidents") - before.get("casedesk.incidents")).isEqualTo(1.0);
        managementService.setJobRetries(acknowledgement.getId(), 1);
    }

    @Test
    void prometheusScrapesTheCaseMetrics() {
        metrics.refresh();
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .as("monitoring accounts only").isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> scrape = http.withBasicAuth("admin", "demo").getForEntity("/actuator/prometheus", String.class);

        assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(scrape.getBody()).contains(
                "casedesk_cases_received_total{application=\"casedesk\",level=\"1\",type=\"complaint\"}",
                "casedesk_cases_closed_total{application=\"casedesk\",level=\"none\",type=\"whistleblowing\"}",
                "casedesk_cases_open{application=\"casedesk\",level=\"3\",type=\"complaint\"}",
                "casedesk_cases_overdue{application=\"casedesk\",level=\"2\",type=\"complaint\"}",
                "casedesk_escalations_total{application=\"casedesk\",level=\"1\",type=\"complaint\"}",
                "casedesk_outbox_backlog{application=\"casedesk\"}",
                "casedesk_jobs_due{application=\"casedesk\"}",
                "casedesk_jobs_failed{application=\"casedesk\"}",
                "casedesk_incidents{application=\"casedesk\"}");
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void deliveriesAreCountedByChannelAndOutcome() {
        double accepted = notices("EMAIL", "accepted");
        double errors = notices("EMAIL", "error");
        notifications.send("TS-METRICS-1", com.casedesk.notification.NoticePurpose.ACKNOWLEDGEMENT,
                com.casedesk.notification.NotificationChannel.EMAIL, "a@example.com", "test");
        gateway.setDown(true);
        try {
            notifications.send("TS-METRICS-2", com.casedesk.notification.NoticePurpose.ACKNOWLEDGEMENT,
                    com.casedesk.notification.NotificationChannel.EMAIL, "a@example.com", "test");
        } catch (IllegalStateException expected) {
            // the channel is down: the calling job would be retried
        } finally {
            gateway.setDown(false);
        }

        assertThat(notices("EMAIL", "accepted") - accepted).isEqualTo(1.0);
        assertThat(notices("EMAIL", "error") - errors).isEqualTo(1.0);
        ResponseEntity<String> scrape = http.withBasicAuth("admin", "demo").getForEntity("/actuator/prometheus", String.class);
        assertThat(scrape.getBody()).contains("casedesk_notices_total{application=\"casedesk\",channel=\"EMAIL\",outcome=\"accepted\"}");
    }

    private double notices(String channel, String outcome) {
        var counter = registry.find("casedesk.notices").tags("channel", channel, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private Map<String, Double> readings() {
        Map<String, Double> values = new LinkedHashMap<>();
        registry.getMeters().stream().filter(m -> m.getId().getName().startsWith("casedesk.")
                        && !m.getId().getName().startsWith("casedesk.calendar")
                        // counted per channel and outcome: its own test below
                        && !m.getId().getName().equals("casedesk.notices"))
                .forEach(m -> {
                    String type = m.getId().getTag("type");
                    String key = m.getId().getName() + (type == null ? "" : " " + type + " " + m.getId().getTag("level"));
                    values.put(key, m.measure().iterator().next().getValue());
                });
        return values;
    }

    private static Map<String, Double> delta(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> delta = new java.util.TreeMap<>();
        after.forEach((key, value) -> delta.put(key, value - before.getOrDefault(key, 0.0)));
        return new LinkedHashMap<>(delta);
    }

    private void complaint(String id, Integer level, String status, String statutoryDue, int escalations) {
        jdbc.update("""
                insert into complaint (case_number, channel, complainant_name, business_line, category, request, facts,
                  joint_complainants, received_at, level, status, reply_due_by, statutory_due_by, handling_round,
                  escalation_count, version)
                values (?, 'HOTLINE', '指标测试', 'INSURANCE', 'CLAIM_DISPUTE', '要求处理', '指标测试', 1, ?, ?, ?, ?, ?, 1, ?, 0)""",
                prefix + id, at("2999-06-01 10:00"), level, status, at(statutoryDue), at(statutoryDue), escalations);
    }

    private void report(String id, String status) {
        jdbc.update("""
                insert into wb_report (report_number, anonymous, pseudonym, description, received_at, status,
                  receipt_lookup, receipt_verifier, version)
                values (?, true, ?, '指标测试', ?, ?, ?, 'x', 0)""",
                "JB" + prefix + id, "举报人-" + id, at("2999-06-01 10:00"), status, UUID.randomUUID().toString());
    }

    private String submitComplaint() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", "metrics-" + UUID.randomUUID());
        ResponseEntity<String> created = http.postForEntity("/api/complaints", new HttpEntity<>("""
                {"channel": "ONLINE", "complainant": {"name": "指标测试", "phone": "13900000001"},
                 "businessLine": "INSURANCE", "category": "CLAIM_DISPUTE", "request": "要求赔付",
                 "facts": "指标测试 %s", "flags": [], "jointComplainants": 1}""".formatted(UUID.randomUUID()), headers),
                String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).get("caseNumber").asText();
    }

    private static OffsetDateTime at(String dateTime) {
        return LocalDateTime.parse(dateTime.replace(' ', 'T')).atZone(SHANGHAI).toOffsetDateTime();
    }
}
