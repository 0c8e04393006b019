package com.casedesk.whistleblowing;

import com.casedesk.audit.AuditAction;
import com.casedesk.audit.AuditLog;
import com.casedesk.casefile.CaseDocument;
import com.casedesk.casefile.CaseDocuments;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.casefile.DocumentUpload;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Evidence a reporter adds through the mailbox, kept in the ledger's document store under the report
 * number and signed with the pseudonym. Only whistleblowing staff not involved in the report list and
 * download it ({@link ReportAccess}); to everyone else the report does not exist.
 */
@Component
class ReportEvidence {

    /** What the reporter learns about a stored file: nothing the service derived beyond its type and size. */
    record Added(long id, String fileName, String mediaType, long sizeBytes) {
    }

    private final CaseDocuments documents;
    private final CaseEventLog events;
    private final ReportAccess access;
    private final AuditLog audit;
    private final DataSize maxSize;

    ReportEvidence(CaseDocuments documents, CaseEventLog events, ReportAccess access, AuditLog audit,
                   @Value("${casedesk.documents.max-size:10MB}") DataSize maxSize) {
        this.documents = documents;
        this.events = events;
        this.access = access;
        this.audit = audit;
        this.maxSize = maxSize;
    }

    @Transactional
    Added fromReporter(ReporterMailbox.Opened report, String fileName, byte[] content, String description) {
        DocumentUpload upload = DocumentUpload.check(fileName, content, description, maxSize);
        CaseDocument saved = documents.add(report.reportNumber(), upload, report.pseudonym());
        // the event says that evidence came, not what it is called: a file name can name its author
        events.append(report.reportNumber(), ReportIntake.REPORTER, CaseEventType.DOCUMENT_ADDED,
                "举报人补充证据 evidence from " + report.pseudonym() + " (" + upload.type().mediaType() + ")");
        return new Added(saved.id(), saved.fileName(), saved.mediaType(), saved.sizeBytes());
    }

    /** The report's evidence. The interceptor checked access already; checked here too, for other callers. */
    List<CaseDocument> forStaff(String reportNumber) {
        access.check(reportNumber);
        return documents.of(reportNumber);
    }

    /** A document's record and content, if it belongs to the report. */
    record Download(CaseDocument document, byte[] content) {
    }

    /**
     * One evidence file for an investigator, audited: the record names the report, the document id,
     * type and hash, never the file name (a reporter's file name can name its author).
     */
    @Transactional
    Download download(String reportNumber, long id) {
        access.check(reportNumber);
        CaseDocument document = documents.find(reportNumber, id).orElseThrow(ReportNotFoundException::new);
        byte[] content = documents.content(id);
        audit.record(AuditAction.DOCUMENT_DOWNLOADED, reportNumber,
                "document " + id + " (" + document.mediaType() + ", sha256 " + document.sha256().substring(0, 12) + ")",
                null);
        return new Download(document, content);
    }
}
