package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.regime.RegimePin;
import com.casedesk.regime.StatutoryRules;
import com.casedesk.whistleblowing.WbProperties.CountFrom;
import com.casedesk.whistleblowing.WbProperties.Regime;
import com.casedesk.whistleblowing.WbProperties.RegimeClocks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.util.Date;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Every due date and timer of {@code whistleblowing-handling}, computed from configuration: the model
 * calls {@code ${wbClock.…}} and holds no duration. Periods end at 23:59:59 of their last day in
 * {@code casedesk.whistleblowing.zone}; the day of the event that starts them is not counted.
 * <p>
 * The regime is the report's, not the installation's: every regime-dependent calculation takes the
 * report's regime (stored at intake), so switching {@code casedesk.whistleblowing.regime} affects only
 * reports received afterwards. The periods are those of the regime table version the report was pinned
 * to at intake ({@link WbTablePeriods}); a report received before the tables keeps configuration.
 */
@ModelFacing
@Component("wbClock")
public class WbClock {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final WbProperties properties;
    private final Clock clock;
    private final RegimePin pins;
    private final StatutoryRules rules;

    /** Configuration only: for the unit tier, where no report is pinned. */
    public WbClock(WbProperties properties, Clock clock) {
        this(properties, clock, null, null);
    }

    @Autowired
    WbClock(WbProperties properties, Clock clock, RegimePin pins, StatutoryRules rules) {
        this.properties = properties;
        this.clock = clock;
        this.pins = pins;
        this.rules = rules;
    }

    /** The installation's regime now: what a report received now is handled under. */
    public Regime installationRegime() {
        return properties.regime();
    }

    /**
     * A report's regime from its process variable. Reports started on a model before version 4 have
     * none: they follow the installation's regime at the time of the calculation, as they always did.
     */
    public Regime regimeOf(String stored) {
        return stored == null ? installationRegime() : Regime.valueOf(stored);
    }

    /** The report's periods: its pinned table's over configuration, or configuration alone when unpinned. */
    WbTablePeriods periods(Regime regime, String reportNumber) {
        RegimeClocks configured = regime == Regime.EU ? properties.eu() : properties.cn();
        String table = pins == null || reportNumber == null ? null : pins.reportTable(reportNumber);
        return table == null ? new WbTablePeriods(configured, properties.maxExtensionDays())
                : WbTablePeriods.of(configured, properties.maxExtensionDays(), rules.periods(table));
    }

    /** The reporter is acknowledged by then (EU: 7 days after receipt). */
    public Date acknowledgementDue(Regime regime, Date receivedAt) {
        return acknowledgementDue(regime, null, receivedAt);
    }

    public Date acknowledgementDue(Regime regime, String reportNumber, Date receivedAt) {
        return endOf(receivedAt, periods(regime, reportNumber).clocks().acknowledgeWithin());
    }

    /** The admissibility decision is due by then (CN: 15 days after receipt of the report). */
    public Date assessmentDue(Regime regime, Date receivedAt) {
        return assessmentDue(regime, null, receivedAt);
    }

    public Date assessmentDue(Regime regime, String reportNumber, Date receivedAt) {
        return endOf(receivedAt, periods(regime, reportNumber).clocks().assessWithin());
    }

    /**
     * The clock stood still while the supplement was awaited: the due date moves by the time waited.
     */
    public Date resumedAssessmentDue(Date assessmentDueBy, Date pausedAt) {
        Duration waited = Duration.between(pausedAt.toInstant(), now());
        return Date.from(assessmentDueBy.toInstant().plus(waited.isNegative() ? Duration.ZERO : waited));
    }

    /** A requested supplement that has not arrived by then ends the case as not admissible. */
    public Date supplementGiveUpAt(Date requestedAt) {
        return Date.from(requestedAt.toInstant().plus(properties.supplementWait()));
    }

    /**
     * The written opinion is due by then: CN 60 days after the acceptance; EU 3 months after the
     * acknowledgement, or — when none was sent — after the end of the acknowledgement period.
     */
    public Date opinionDue(Regime regime, Date receivedAt, Date acknowledgedAt, Date acceptedAt) {
        return opinionDue(regime, null, receivedAt, acknowledgedAt, acceptedAt);
    }

    public Date opinionDue(Regime regime, String reportNumber, Date receivedAt, Date acknowledgedAt, Date acceptedAt) {
        RegimeClocks c = periods(regime, reportNumber).clocks();
        Date from;
        if (c.investigateFrom() == CountFrom.ACCEPTANCE) {
            from = acceptedAt;
        } else {
            from = acknowledgedAt != null ? acknowledgedAt : acknowledgementDue(regime, reportNumber, receivedAt);
        }
        return endOf(from, c.investigateWithin());
    }

    /** The investigator is reminded this long before the opinion is due. */
    public Date reminderAt(Date opinionDueBy) {
        return Date.from(opinionDueBy.toInstant().minus(properties.reminderBefore()));
    }

    /**
     * The longest total extension of the investigation: CN 30 days, with the committee's approval; EU
     * none, the feedback is due 3 months after the acknowledgement (Directive 2019/1937 Art. 9(1)(f)).
     */
    public int maxExtensionDays(Regime regime) {
        return maxExtensionDays(regime, null);
    }

    public int maxExtensionDays(Regime regime, String reportNumber) {
        return WbExtensionRule.allowsExtension(regime) ? periods(regime, reportNumber).maxExtensionDays() : 0;
    }

    public Date extendedOpinionDue(Date opinionDueBy, int days) {
        return Date.from(opinionDueBy.toInstant().atZone(properties.zone()).plusDays(days).toInstant());
    }

    /** Committee tasks (decision, approval, escalation, referral, summary, follow-up) are due this long after they open. */
    public Date committeeTaskDue() {
        return Date.from(now().plus(properties.committeeTaskWithin()));
    }

    /** The protection follow-up of a real-name reporter (ISO 37002) falls due then. */
    public Date protectionCheckAt(Date closedAt) {
        return endOf(closedAt, properties.protectionCheckAfter());
    }

    /** A due date as the reporter reads it: the local day. */
    public String day(Date date) {
        return date.toInstant().atZone(properties.zone()).toLocalDate().toString();
    }

    public Instant now() {
        return Instant.now(clock);
    }

    private Date endOf(Date start, Period period) {
        return Date.from(start.toInstant().atZone(properties.zone()).toLocalDate().plus(period)
                .atTime(END_OF_DAY).atZone(properties.zone()).toInstant());
    }
}
