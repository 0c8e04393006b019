package com.casedesk.regime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores on a case, at intake, the regime it is handled under and the version of that regime's table
 * then in effect; both stay for the case's life. The complaint regime is the installation's
 * ({@code casedesk.complaint.regime}: CN-2020-3, or UK-DISP); the whistleblowing regime is the report's.
 */
@Service
public class RegimePin {

    /** A case's regime and the decision definition id of its table. */
    public record Pin(Regime regime, String tableId) {
    }

    private final StatutoryRules rules;
    private final JdbcTemplate jdbc;
    private final Regime complaintRegime;
    private final Regime reportRegime;

    RegimePin(StatutoryRules rules, JdbcTemplate jdbc,
              @Value("${casedesk.complaint.regime:CN-2020-3}") String complaintRegime,
              @Value("${casedesk.whistleblowing.regime:CN}") String reportRegime) {
        this.rules = rules;
        this.jdbc = jdbc;
        this.complaintRegime = ofKind(Regime.of(complaintRegime), Regime.CaseKind.COMPLAINT, "casedesk.complaint.regime");
        this.reportRegime = ofKind(Regime.whistleblowing(reportRegime), Regime.CaseKind.WHISTLEBLOWING,
                "casedesk.whistleblowing.regime");
    }

    public Regime complaintRegime() {
        return complaintRegime;
    }

    @Transactional
    public Pin pinComplaint(String caseNumber) {
        Pin pin = new Pin(complaintRegime, rules.tableInEffect(complaintRegime));
        jdbc.update("update complaint set regime = ?, regime_table_id = ? where case_number = ?",
                pin.regime().id(), pin.tableId(), caseNumber);
        return pin;
    }

    /** With the installation's whistleblowing regime. */
    @Transactional
    public Pin pinReport(String reportNumber) {
        return pinReport(reportNumber, reportRegime);
    }

    @Transactional
    public Pin pinReport(String reportNumber, Regime regime) {
        Pin pin = new Pin(ofKind(regime, Regime.CaseKind.WHISTLEBLOWING, "a report's regime"), rules.tableInEffect(regime));
        jdbc.update("update wb_report set regime_table_id = ? where report_number = ?", pin.tableId(), reportNumber);
        return pin;
    }

    /** The table a complaint was pinned to, or null for a case received before the tables. */
    public String complaintTable(String caseNumber) {
        return jdbc.query("select regime_table_id from complaint where case_number = ?",
                rs -> rs.next() ? rs.getString(1) : null, caseNumber);
    }

    /** The table a report was pinned to, or null for a report received before the tables. */
    public String reportTable(String reportNumber) {
        return jdbc.query("select regime_table_id from wb_report where report_number = ?",
                rs -> rs.next() ? rs.getString(1) : null, reportNumber);
    }

    private static Regime ofKind(Regime regime, Regime.CaseKind kind, String setting) {
        if (regime.caseKind() != kind) {
            throw new IllegalArgumentException(setting + ": " + regime.id() + " is not a " + kind + " regime");
        }
        return regime;
    }
}
