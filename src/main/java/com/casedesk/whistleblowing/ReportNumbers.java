package com.casedesk.whistleblowing;

import com.casedesk.casefile.CaseNumberSequence;
import com.casedesk.complaint.ComplaintProperties;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** Report numbers (举报编号) such as {@code JB20261123000042}, dated in casedesk.complaint.zone. */
@Component
class ReportNumbers {

    private final CaseNumberSequence sequence;
    private final ComplaintProperties properties;

    ReportNumbers(DataSource dataSource, ComplaintProperties properties) {
        this.sequence = new CaseNumberSequence("JB", dataSource, "wb_report_seq");
        this.properties = properties;
    }

    String next(Instant receivedAt) {
        return sequence.next(receivedAt, properties.zone());
    }
}
