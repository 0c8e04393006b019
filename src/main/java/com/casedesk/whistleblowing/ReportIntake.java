package com.casedesk.whistleblowing;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.casefile.CaseNumbers;
import com.casedesk.regime.RegimePin;
import com.casedesk.whistleblowing.WbProcess.Vars;
import com.casedesk.whistleblowing.WbProperties.Regime;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a report in one transaction: the {@code wb_report} row (identity sealed, receipt code
 * hashed) and the report's wrapped data key, a REPORT_RECEIVED event by "reporter", and the {@value #PROCESS_KEY} instance with the
 * report number as business key and only routing facts and the pseudonym as variables. The installation's regime at
 * receipt is the report's for life (ledger column and process variable).
 */
@Service
public class ReportIntake {

    public static final String PROCESS_KEY = WbProcess.KEY;
    /** Actor of a reporter's own steps in the case event log: never a name. */
    public static final String REPORTER = "reporter";
    public static final String RECEIVED = "RECEIVED";

    private static final String PSEUDONYM_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final JdbcTemplate jdbc;
    private final CaseNumbers reportNumbers;
    private final ReceiptCodes receipts;
    private final IdentityVault vault;
    private final CaseEventLog events;
    private final RuntimeService runtimeService;
    private final Clock clock;
    private final InvolvedPersons involved;
    private final ReportKeys reportKeys;
    private final RegimePin regimes;
    private final WbClock wbClock;
    private final SecureRandom random = new SecureRandom();

    ReportIntake(JdbcTemplate jdbc, @Qualifier(CaseNumbers.REPORTS) CaseNumbers reportNumbers, ReceiptCodes receipts, IdentityVault vault,
                 CaseEventLog events, RuntimeService runtimeService, Clock clock, InvolvedPersons involved,
                 ReportKeys reportKeys, RegimePin regimes, WbClock wbClock) {
        this.regimes = regimes;
        this.wbClock = wbClock;
        this.involved = involved;
        this.reportKeys = reportKeys;
        this.jdbc = jdbc;
        this.reportNumbers = reportNumbers;
        this.receipts = receipts;
        this.vault = vault;
        this.events = events;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** @param submission validated by the controller */
    @Transactional
    public ReportReceipt register(ReportSubmission submission) {
        Instant receivedAt = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        Regime regime = wbClock.installationRegime();
        String reportNumber = reportNumbers.next(receivedAt);
        String code = receipts.newCode();
        String pseudonym = newPseudonym();
        boolean anonymous = submission.anonymous();
        IdentityVault.Sealed sealed = anonymous ? null : vault.seal(reportNumber, new ReporterIdentity(
                blankToNull(submission.reporter().name()), blankToNull(submission.reporter().phone()),
                blankToNull(submission.reporter().email())));
        var party = submission.reportedParty();
        String reportedUnit = party == null ? null : blankToNull(party.unit());
        jdbc.update("""
                insert into wb_report (report_number, anonymous, pseudonym, reported_name, reported_unit, description,
                    occurred_at, location, received_at, status, receipt_lookup, receipt_verifier,
                    identity_ciphertext, identity_key_id, regime, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                reportNumber, anonymous, pseudonym, party == null ? null : blankToNull(party.name()), reportedUnit,
                submission.description(), submission.occurredAt(), blankToNull(submission.location()),
                Timestamp.from(receivedAt), RECEIVED, receipts.lookup(code), receipts.verifier(code),
                sealed == null ? null : sealed.ciphertext(), null, // identity_key_id: the first scheme's only
                regime.name());
        // the report's own regime, with the version of its table in effect today, for the report's life
        regimes.pinReport(reportNumber, com.casedesk.regime.Regime.whistleblowing(regime.name()));
        if (sealed != null) {
            reportKeys.store(reportNumber, sealed.key(), receivedAt);
        }
        events.append(reportNumber, REPORTER, CaseEventType.REPORT_RECEIVED,
                (anonymous ? "匿名举报 anonymous" : "实名举报 real-name") + ", 化名 " + pseudonym);
        // staff bearing the reported person's name are barred before the first task exists (the
        // assessor confirms or adds names and the unit at the preliminary assessment)
        if (party != null) {
            involved.staffNamed(party.name()).forEach(user -> involved.register(reportNumber, user,
                    "被举报人同名 named in the report (姓名匹配 name match)"));
        }
        runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(reportNumber)
                .setVariables(startVariables(reportNumber, pseudonym, anonymous, receivedAt, reportedUnit, regime))
                .execute();
        return new ReportReceipt(reportNumber, ReceiptCodes.grouped(code), RECEIVED);
    }

    /** Routing facts and the pseudonym: the reporter's identity never enters the engine. */
    static VariableMap startVariables(String reportNumber, String pseudonym, boolean anonymous, Instant receivedAt,
                                      String reportedUnit, Regime regime) {
        VariableMap variables = Variables.createVariables();
        Vars.REPORT_NUMBER.put(variables, reportNumber);
        Vars.PSEUDONYM.put(variables, pseudonym);
        Vars.ANONYMOUS.put(variables, anonymous);
        Vars.RECEIVED_AT.put(variables, Date.from(receivedAt));
        Vars.REGIME.put(variables, regime.name());
        return Vars.REPORTED_UNIT.put(variables, reportedUnit);
    }

    private String newPseudonym() {
        StringBuilder p = new StringBuilder("举报人-");
        for (int i = 0; i < 4; i++) {
            p.append(PSEUDONYM_ALPHABET.charAt(random.nextInt(PSEUDONYM_ALPHABET.length())));
        }
        return p.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
