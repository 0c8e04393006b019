package com.casedesk.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV of audit entries, UTF-8 with a byte-order mark so that spreadsheet programs show Chinese
 * correctly. A cell that a spreadsheet would read as a formula (starting with = + - @ tab or CR) is
 * prefixed with an apostrophe: detail texts come from users.
 */
final class AuditCsv {

    static final String HEADER = "source,id,occurredAt,actor,action,caseNumber,detail,reason";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private AuditCsv() {
    }

    static byte[] of(List<AuditEntry> entries) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (AuditEntry e : entries) {
            csv.append(String.join(",", cell(e.source()), cell(e.id()), cell(e.occurredAt().toString()), cell(e.actor()),
                    cell(e.action()), cell(e.caseNumber()), cell(e.detail()), cell(e.reason()))).append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
