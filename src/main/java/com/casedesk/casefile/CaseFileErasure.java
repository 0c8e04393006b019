package com.casedesk.casefile;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The retention job's part of the case file (retention/Retention): the only code that changes case
 * events and documents after they were written. Events keep their type, actor and time (the handling
 * record and the statistics need them), losing the free text; documents keep type, size, hash, uploader
 * and time, losing name, description and content.
 */
@Component
public class CaseFileErasure {

    /** What anonymized free text reads. */
    public static final String ERASED = "已匿名";

    private final JdbcTemplate jdbc;

    CaseFileErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void erase(String caseNumber) {
        jdbc.update("update case_event set detail = ? where case_number = ? and detail is not null", ERASED, caseNumber);
        jdbc.update("update case_document set content = ?, file_name = ?, description = null where case_number = ?",
                new byte[0], ERASED, caseNumber);
    }

    /** The case file of a case whose anonymized record is deleted: events, documents, declared conflicts. */
    public void purge(String caseNumber) {
        jdbc.update("delete from case_event where case_number = ?", caseNumber);
        jdbc.update("delete from case_document where case_number = ?", caseNumber);
        jdbc.update("delete from case_conflict where case_number = ?", caseNumber);
    }
}
