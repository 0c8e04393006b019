package com.casedesk.whistleblowing;

import com.casedesk.audit.AuditAction;
import com.casedesk.audit.AuditLog;
import com.casedesk.casefile.CaseDocument;
import com.casedesk.casefile.CaseDocuments;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.tasklist.CaseFileSource;
import com.casedesk.process.EngineCaller;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A report's 案件档案 tab in Tasklist: the pseudonymous view investigators work with. The reporter appears as the
 * pseudonym only; no column of the identity (its ciphertext, key) is read here at all, so no role, not the
 * committee, not an administrator, gets it through the tab: a real-name reporter's identity is revealed by the
 * custodian alone, through the audited reveal. Who may see the report is {@link ReportAccess}'s rule (whistleblowing
 * staff not involved in it), as for {@code /api/reports/{reportNumber}/**}; every read is audited.
 */
@Component
class ReportCaseFile implements CaseFileSource {

    /** The report as investigators read it: never an identity field. */
    record Report(String reportNumber, boolean anonymous, String pseudonym, String status, Instant receivedAt,
                  String reportedName, String reportedUnit, String description, LocalDate occurredOn, String location,
                  String admissibility, String decision, Instant closedAt) {
    }

    record Event(Instant at, String actor, String type, String detail) {
    }

    record ReportCaseFileView(String kind, String caseNumber, Report report, List<Event> events,
                              List<ReporterMailbox.Message> messages, List<CaseDocument> documents) {
    }

    private final ReportAccess access;
    private final JdbcTemplate jdbc;
    private final CaseEventLog events;
    private final ReporterMailbox mailbox;
    private final CaseDocuments documents;
    private final AuditLog audit;

    ReportCaseFile(ReportAccess access, JdbcTemplate jdbc, CaseEventLog events, ReporterMailbox mailbox,
                   CaseDocuments documents, AuditLog audit) {
        this.access = access;
        this.jdbc = jdbc;
        this.events = events;
        this.mailbox = mailbox;
        this.documents = documents;
        this.audit = audit;
    }

    @Override
    public boolean owns(String businessKey) {
        Integer count = jdbc.queryForObject("select count(*) from wb_report where report_number = ?", Integer.class,
                businessKey);
        return count != null && count > 0;
    }

    @Override
    public Optional<Object> read(String reportNumber, EngineCaller viewer) {
        if (!access.maySee(viewer.userId(), viewer.groupIds(), reportNumber)) {
            return Optional.empty();
        }
        Report report = jdbc.queryForObject("""
                select report_number, anonymous, pseudonym, status, received_at, reported_name, reported_unit, description,
                  occurred_at, location, admissibility, decision, closed_at
                from wb_report where report_number = ?""", (rs, i) -> new Report(rs.getString(1), rs.getBoolean(2),
                rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getObject(9, LocalDate.class), rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getTimestamp(13) == null ? null : rs.getTimestamp(13).toInstant()), reportNumber);
        audit.recordFor(viewer.userId(), AuditAction.REPORT_READ, reportNumber, null, null);
        return Optional.of(new ReportCaseFileView("REPORT", reportNumber, report,
                events.history(reportNumber).stream()
                        .map(e -> new Event(e.occurredAt(), e.actor(), e.eventType(), e.detail())).toList(),
                mailbox.forStaff(reportNumber).messages(), documents.of(reportNumber)));
    }

    @Override
    public Optional<Download> document(String reportNumber, long documentId, EngineCaller viewer) {
        if (!access.maySee(viewer.userId(), viewer.groupIds(), reportNumber)) {
            return Optional.empty();
        }
        Optional<CaseDocument> found = documents.find(reportNumber, documentId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CaseDocument document = found.get();
        byte[] content = documents.content(documentId);
        // as the reports API records it: never the file name (a reporter's file name can name its author)
        audit.recordFor(viewer.userId(), AuditAction.DOCUMENT_DOWNLOADED, reportNumber, "document " + documentId + " ("
                + document.mediaType() + ", sha256 " + document.sha256().substring(0, 12) + ")", null);
        return Optional.of(new Download(AttachmentName.of(document.fileName(), documentId), document.mediaType(), content));
    }
}
