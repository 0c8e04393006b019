package com.casedesk.retention;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cases with personal data in every place the retention job must reach, written straight to the
 * tables (no process instance, so that nothing of the case is running). Numbers are unique per call.
 */
final class RetentionFixtures {

    static final String NAME = "欧阳保留";
    static final String ID_NUMBER = "110105199003071234";
    static final String PHONE = "13900001111";
    static final String EMAIL = "ouyang@example.com";
    static final String ADDRESS = "北京市东城区东长安街1号";

    private final JdbcTemplate jdbc;

    RetentionFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static Instant yearsAgo(Instant now, int years) {
        return ZonedDateTime.ofInstant(now, ZoneOffset.UTC).minusYears(years).toInstant();
    }

    /** A complaint received a month before {@code endedAt}; status CLOSED, WITHDRAWN or IN_HANDLING (then not ended). */
    String complaint(String status, Instant endedAt) {
        String caseNumber = "TS-RT-" + UUID.randomUUID().toString().substring(0, 12);
        Timestamp received = Timestamp.from(endedAt.minusSeconds(30L * 86400));
        Timestamp ended = Timestamp.from(endedAt);
        jdbc.update("""
                insert into complaint (case_number, channel, complainant_name, complainant_id_number, complainant_phone,
                    complainant_email, respondent_unit, respondent_staff, respondent_staff_id, business_line, category,
                    request, facts, claimed_amount, joint_complainants, received_at, registered_by, level, grading_reason,
                    status, current_owner, reply_due_by, handling_round, findings, root_cause, result, resolution,
                    compensation_amount, decided_at, escalation_count, closed_at, withdrawn_at, withdrawal_reason, version)
                values (?, 'HOTLINE', ?, ?, ?, ?, '朝阳支行', '李四', 'claims', 'INSURANCE', 'CLAIM_DISPUTE',
                    ?, ?, 12000.00, 1, ?, 'frontline', 2, '金额', ?, 'supervisor', ?, 1, ?, 'PROCESS', 'UPHELD', ?,
                    800.00, ?, 0, ?, ?, ?, 0)""",
                caseNumber, NAME, ID_NUMBER, PHONE, EMAIL,
                "要求赔付，联系电话" + PHONE, NAME + "于2020年申请理赔未获答复", received, status,
                Timestamp.from(received.toInstant().plusSeconds(15L * 86400)),
                "经查" + NAME + "材料齐全", "向" + NAME + "赔付800元", ended,
                "CLOSED".equals(status) ? ended : null, "WITHDRAWN".equals(status) ? ended : null,
                "WITHDRAWN".equals(status) ? NAME + "本人撤回" : null);
        jdbc.update("update complaint set complainant_address = ?, preferred_channel = 'LETTER' where case_number = ?",
                ADDRESS, caseNumber);
        jdbc.update("insert into intake_request (idempotency_key, request_hash, case_number, created_at) values (?, ?, ?, ?)",
                "rt-" + UUID.randomUUID(), "0".repeat(64), caseNumber, received);
        jdbc.update("insert into outbox_message (case_number, purpose, channel, recipient, content, created_at, sent_at,"
                + " delivery_reference, subject) values (?, 'ACKNOWLEDGEMENT', 'SMS', ?, ?, ?, ?, 'sms-4711', ?)",
                caseNumber, PHONE, "尊敬的" + NAME + "：您的投诉已受理", received, received, NAME + "的投诉受理告知");
        jdbc.update("insert into outbox_message (case_number, purpose, channel, recipient, content, created_at)"
                + " values (?, 'REMINDER', 'INTERNAL', 'complaint-supervisor', ?, ?)",
                caseNumber, "投诉" + caseNumber + "即将到期", received);
        jdbc.update("insert into case_event (case_number, occurred_at, actor, event_type, detail) values (?, ?, 'frontline', 'FINDINGS_RECORDED', ?)",
                caseNumber, received, "原因 PROCESS: " + NAME + "的材料被遗失");
        jdbc.update("insert into case_event (case_number, occurred_at, actor, event_type, detail) values (?, ?, 'system', 'GRADED', '二级')",
                caseNumber, received);
        jdbc.update("insert into complaint_review (case_number, reason, requested_at, registered_by, review_due_by, status, opinion)"
                + " values (?, ?, ?, 'frontline', ?, 'DECIDED', ?)", caseNumber, NAME + "认为金额有误", received, ended,
                "维持");
        jdbc.update("insert into clock_pause (case_number, kind, reason, started_at, started_by, ended_at, ended_by)"
                + " values (?, 'MEDIATION', ?, ?, 'frontline', ?, 'frontline')", caseNumber, NAME + "申请调解", received, received);
        document(caseNumber, received);
        return caseNumber;
    }

    /**
     * A real-name report with a message each way, evidence and an involved person; closed (or refused) at
     * {@code at}, or, in any other status, received then and still open.
     */
    String report(String status, Instant at) {
        Instant closedAt = "CLOSED".equals(status) || "REFUSED".equals(status) ? at : null;
        String number = "JB-RT-" + UUID.randomUUID().toString().substring(0, 12);
        Timestamp received = Timestamp.from(at.minusSeconds(60L * 86400));
        jdbc.update("""
                insert into wb_report (report_number, anonymous, pseudonym, reported_name, reported_unit, description,
                    occurred_at, location, received_at, status, receipt_lookup, receipt_verifier, identity_ciphertext,
                    identity_key_id, version, closed_at)
                values (?, false, '举报人-RT01', '王某', '朝阳支行', ?, date '2020-01-01', '北京市朝阳区', ?, ?, ?, 'x', ?, null, 0, ?)""",
                number, "信贷科长王某收取咨询费，我（" + NAME + "）亲眼所见", received, status, UUID.randomUUID().toString(),
                "sealed identity".getBytes(StandardCharsets.UTF_8), closedAt == null ? null : Timestamp.from(closedAt));
        // the report's own data key (issue 13: per-report keys), wrapped by the master key
        jdbc.update("insert into wb_identity_key (report_number, master_key_id, wrapped_key, created_at) values (?, 'dev-only', ?, ?)",
                number, "wrapped data key".getBytes(StandardCharsets.UTF_8), received);
        jdbc.update("insert into wb_message (report_number, direction, author, body, created_at) values (?, 'IN', '举报人-RT01', ?, ?)",
                number, "我的电话是" + PHONE, received);
        jdbc.update("insert into wb_message (report_number, direction, author, body, created_at) values (?, 'OUT', '调查人员', ?, ?)",
                number, "请补充王某的收款记录", received);
        jdbc.update("insert into wb_involved (report_number, user_id, reason) values (?, 'claims', '被举报单位员工')", number);
        jdbc.update("insert into case_event (case_number, occurred_at, actor, event_type, detail) values (?, ?, 'wb-committee', 'COMMITTEE_DECISION', ?)",
                number, received, "王某违规属实");
        document(number, received);
        return number;
    }

    private void document(String caseNumber, Timestamp at) {
        jdbc.update("insert into case_document (case_number, file_name, media_type, size_bytes, sha256, content, description,"
                + " uploaded_by, uploaded_at) values (?, ?, 'application/pdf', 9, ?, ?, ?, 'frontline', ?)",
                caseNumber, NAME + "身份证.pdf", "a".repeat(64), "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1),
                NAME + "的身份证", at);
    }

    Map<String, Object> complaintRow(String caseNumber) {
        return jdbc.queryForMap("select * from complaint where case_number = ?", caseNumber);
    }

    Map<String, Object> reportRow(String number) {
        return jdbc.queryForMap("select * from wb_report where report_number = ?", number);
    }

    /** Everything stored about a case, as text, for before/after comparisons (document content as its length). */
    String everything(String caseNumber) {
        StringBuilder all = new StringBuilder();
        for (String sql : List.of(
                "select * from complaint where case_number = ?",
                "select * from intake_request where case_number = ? order by idempotency_key",
                "select * from outbox_message where case_number = ? order by id",
                "select * from case_event where case_number = ? order by id",
                "select * from complaint_review where case_number = ? order by id",
                "select * from clock_pause where case_number = ? order by id",
                "select id, file_name, description, size_bytes, sha256, length(content) as content_length"
                        + " from case_document where case_number = ? order by id",
                "select report_number, reported_name, description, location, identity_key_id, anonymized_at, version,"
                        + " identity_ciphertext is null as shredded from wb_report where report_number = ?",
                "select report_number, master_key_id, length(wrapped_key) as wrapped_length from wb_identity_key where report_number = ?",
                "select * from wb_message where report_number = ? order by id",
                "select * from wb_involved where report_number = ? order by user_id",
                "select id, actor, action, detail from audit_log where case_number = ? order by id")) {
            all.append(jdbc.queryForList(sql, caseNumber)).append('\n');
        }
        return all.toString();
    }

    int auditRows(String caseNumber, String action) {
        return jdbc.queryForObject("select count(*) from audit_log where case_number = ? and action = ?", Integer.class,
                caseNumber, action);
    }
}
