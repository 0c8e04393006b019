package com.casedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

@UnitTest
class AuditCsvTest {

    @Test
    void cellsAreQuotedAndQuotesDoubled() {
        assertThat(AuditCsv.cell("说\"明\", 1")).isEqualTo("\"说\"\"明\"\", 1\"");
        assertThat(AuditCsv.cell(null)).isEmpty();
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(AuditCsv.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(AuditCsv.cell("-1")).isEqualTo("\"'-1\"");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(AuditCsv.cell("a=b")).isEqualTo("\"a=b\"");
    }

    @Test
    void aFileIsUtf8WithBomHeaderAndOneLinePerEntry() {
        byte[] csv = AuditCsv.of(List.of(new AuditEntry("AUDIT_LOG", "7", Instant.parse("2026-11-23T08:00:00Z"), "manager",
                "COMPLAINT_READ_MASKED", "TS20261123000001", null, null)));

        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)).isEqualTo(AuditCsv.HEADER + "\r\n"
                + "\"AUDIT_LOG\",\"7\",\"2026-11-23T08:00:00Z\",\"manager\",\"COMPLAINT_READ_MASKED\",\"TS20261123000001\",,\r\n");
    }
}
