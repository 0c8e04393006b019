package com.casedesk.complaint.view;

import com.casedesk.audit.AuditAction;
import com.casedesk.audit.AuditLog;
import com.casedesk.casefile.CaseDocument;
import com.casedesk.casefile.CaseDocuments;
import com.casedesk.casefile.tasklist.CaseFileSource;
import com.casedesk.complaint.access.CaseAccess;
import com.casedesk.process.EngineCaller;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A complaint's 案件档案 tab in Tasklist: exactly what {@code GET /api/complaints/{caseNumber}} answers the same
 * person (CaseAccess's need-to-know and recusal, {@link ComplaintLedger#readAs}'s masking, the same audit entry),
 * with the clock and the related cases drawn together for the tab, and documents as the documents API serves
 * them (same access, attachment, audited).
 */
@Component
class ComplaintCaseFile implements CaseFileSource {

    private final ComplaintLedger ledger;
    private final CaseAccess access;
    private final AuditLog audit;
    private final CaseDocuments documents;
    private final JdbcTemplate jdbc;

    ComplaintCaseFile(ComplaintLedger ledger, CaseAccess access, AuditLog audit, CaseDocuments documents,
                      JdbcTemplate jdbc) {
        this.ledger = ledger;
        this.access = access;
        this.audit = audit;
        this.documents = documents;
        this.jdbc = jdbc;
    }

    @Override
    public boolean owns(String businessKey) {
        Integer count = jdbc.queryForObject("select count(*) from complaint where case_number = ?", Integer.class,
                businessKey);
        return count != null && count > 0;
    }

    @Override
    public Optional<Object> read(String caseNumber, EngineCaller viewer) {
        if (!access.maySee(viewer.userId(), viewer.groupIds(), caseNumber)) {
            return Optional.empty();
        }
        ComplaintLedger.Shown shown = ledger.readAs(caseNumber, viewer.groupIds());
        // no read without a record: if the record cannot be written, the caller gets a 500, not the data
        audit.recordFor(viewer.userId(), shown.action(), caseNumber, null, null);
        ComplaintView view = shown.view();
        return Optional.of(new ComplaintCaseFileView(caseNumber, view, ComplaintCaseFileView.ClockSummary.of(view),
                ComplaintCaseFileView.related(view, jdbc.query(
                        "select case_number, status, received_at from complaint where merged_into = ? order by received_at",
                        (rs, i) -> new ComplaintCaseFileView.Related("REPEAT", rs.getString(1), rs.getString(2),
                                rs.getTimestamp(3).toInstant(), null), caseNumber))));
    }

    @Override
    public Optional<Download> document(String caseNumber, long documentId, EngineCaller viewer) {
        if (!access.maySee(viewer.userId(), viewer.groupIds(), caseNumber)) {
            return Optional.empty();
        }
        Optional<CaseDocument> found = documents.find(caseNumber, documentId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CaseDocument document = found.get();
        byte[] content = documents.content(documentId);
        audit.recordFor(viewer.userId(), AuditAction.DOCUMENT_DOWNLOADED, caseNumber, "document " + documentId + " ("
                + document.mediaType() + ", sha256 " + document.sha256().substring(0, 12) + ")", null);
        return Optional.of(new Download(ContentDisposition.attachment()
                .filename(document.fileName(), StandardCharsets.UTF_8).build().toString(), document.mediaType(), content));
    }
}
