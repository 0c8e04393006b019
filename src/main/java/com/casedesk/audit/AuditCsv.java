package com.casedesk.audit;

import com.casedesk.web.SpreadsheetCsv;
import java.util.Arrays;
import java.util.List;

/**
 * Audit entries as CSV for spreadsheets ({@link SpreadsheetCsv}: UTF-8 with a byte-order mark, formulas
 * defused, since detail texts come from users); every cell with a value is quoted.
 */
final class AuditCsv {

    static final String HEADER = "source,id,occurredAt,actor,action,caseNumber,detail,reason";

    private AuditCsv() {
    }

    static byte[] of(List<AuditEntry> entries) {
        SpreadsheetCsv csv = new SpreadsheetCsv(SpreadsheetCsv.QUOTED, HEADER);
        for (AuditEntry e : entries) {
            csv.row(Arrays.asList(e.source(), e.id(), e.occurredAt().toString(), e.actor(), e.action(), e.caseNumber(),
                    e.detail(), e.reason()));
        }
        return csv.bytes();
    }

    static String cell(String value) {
        return SpreadsheetCsv.cell(SpreadsheetCsv.QUOTED, value);
    }
}
