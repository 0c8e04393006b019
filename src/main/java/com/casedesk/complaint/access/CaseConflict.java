package com.casedesk.complaint.access;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A person who must not handle a case (回避, Art. 17). */
@Table("case_conflict")
public record CaseConflict(@Id Long id, String caseNumber, String userId, Source source, String reason, String declaredBy,
                    Instant declaredAt) {

    enum Source {
        /** The staff member the complaint is about, named at intake. */
        RESPONDENT,
        /** Declared by the person or by a supervisor: an interest in the matter, a relative, a prior role. */
        DECLARED
    }
}
