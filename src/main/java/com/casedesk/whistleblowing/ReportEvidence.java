package com.casedesk.whistleblowing;

import com.casedesk.casefile.CaseDocument;
import com.casedesk.casefile.CaseDocuments;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.casefile.DocumentUpload;
import com.casedesk.security.CurrentUser;
import com.casedesk.security.StaffGroups;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Evidence a reporter adds through the mailbox, kept in the ledger's document store under the report
 * number and signed with the pseudonym. Only the whistleblowing groups list it; to everyone else the
 * report does not exist.
 */
@Component
class ReportEvidence {

    private static final Set<String> WHISTLEBLOWING_GROUPS = Set.of(StaffGroups.WB_INTAKE, StaffGroups.WB_INVESTIGATOR,
            StaffGroups.WB_COMMITTEE, StaffGroups.WB_CUSTODIAN);

    /** What the reporter learns about a stored file: nothing the service derived beyond its type and size. */
    record Added(long id, String fileName, String mediaType, long sizeBytes) {
    }

    private final CaseDocuments documents;
    private final CaseEventLog events;
    private final JdbcTemplate jdbc;
    private final DataSize maxSize;

    ReportEvidence(CaseDocuments documents, CaseEventLog events, JdbcTemplate jdbc,
                   @Value("${casedesk.documents.max-size:10MB}") DataSize maxSize) {
        this.documents = documents;
        this.events = events;
        this.jdbc = jdbc;
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

    List<CaseDocument> forStaff(String reportNumber) {
        boolean member = CurrentUser.groups().stream().anyMatch(WHISTLEBLOWING_GROUPS::contains);
        boolean exists = jdbc.queryForObject("select count(*) from wb_report where report_number = ?", Integer.class,
                reportNumber) > 0;
        if (!member || !exists) {
            throw new ReportNotFoundException();
        }
        return documents.of(reportNumber);
    }
}
