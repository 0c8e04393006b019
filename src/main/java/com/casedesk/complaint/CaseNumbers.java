package com.casedesk.complaint;

import com.casedesk.casefile.CaseNumberSequence;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** Case numbers (投诉编号) such as {@code TS20261123000042}. */
@Component
class CaseNumbers {

    private final CaseNumberSequence sequence;
    private final ComplaintProperties properties;

    CaseNumbers(DataSource dataSource, ComplaintProperties properties) {
        this.sequence = new CaseNumberSequence("TS", dataSource, "complaint_case_seq");
        this.properties = properties;
    }

    String next(Instant receivedAt) {
        return sequence.next(receivedAt, properties.zone());
    }
}
