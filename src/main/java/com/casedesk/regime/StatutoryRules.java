package com.casedesk.regime;

import com.casedesk.deadline.ServiceZone;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

/**
 * The periods of a regime, read from its decision table at the version a case is pinned to. Tables are
 * evaluated by decision definition <em>id</em>, never by key: a case keeps the rules it was received
 * under when compliance changes the table. A version's rows never change, so they are read once.
 */
@Service
public class StatutoryRules {

    private final DecisionService decisions;
    private final RegimeVersions versions;
    private final ServiceZone zone;
    private final StatutoryDates.DayCounting days;
    private final Map<String, Optional<StatutoryPeriod>> read = new ConcurrentHashMap<>();

    StatutoryRules(DecisionService decisions, RegimeVersions versions, ServiceZone zone, RegimeCalendar days) {
        this.decisions = decisions;
        this.versions = versions;
        this.zone = zone;
        this.days = days;
    }

    /** The table version a case received now is pinned to: the newest approved one. */
    public String tableInEffect(Regime regime) {
        return versions.newestApproved(regime);
    }

    /** The table's row for the period, if it has one. */
    public Optional<StatutoryPeriod> period(String tableId, PeriodName period) {
        return read.computeIfAbsent(tableId + "|" + period, k -> Optional.ofNullable(decisions
                .evaluateDecisionTableById(tableId, Map.of("period", period.name())).getSingleResult())
                .map(row -> StatutoryPeriod.read(tableId, period, row)));
    }

    public StatutoryPeriod require(String tableId, PeriodName period) {
        return period(tableId, period).orElseThrow(() -> new IllegalStateException("decision " + tableId
                + " has no row for " + period));
    }

    /** Every period the table defines. */
    public Map<PeriodName, StatutoryPeriod> periods(String tableId) {
        Map<PeriodName, StatutoryPeriod> all = new EnumMap<>(PeriodName.class);
        for (PeriodName name : PeriodName.values()) {
            period(tableId, name).ifPresent(p -> all.put(name, p));
        }
        return all;
    }

    /** The close of the period's last day, counted from {@code start} in the service's zone. */
    public Instant due(String tableId, PeriodName period, Instant start) {
        return due(require(tableId, period), start);
    }

    public Instant due(StatutoryPeriod period, Instant start) {
        return StatutoryDates.due(start, period, zone.zone(), days);
    }

    /**
     * The reply period of a complaint: CN-2020-3 15 days, 30 when complex, +30 when extended, at most 60
     * (Art. 18); UK-DISP the final response (8 weeks), which knows no complexity or extension.
     */
    public StatutoryPeriod replyPeriod(String tableId, boolean complex, boolean extended) {
        Optional<StatutoryPeriod> reply = period(tableId, complex ? PeriodName.REPLY_COMPLEX : PeriodName.REPLY);
        if (reply.isEmpty()) {
            return require(tableId, PeriodName.FINAL_RESPONSE);
        }
        return StatutoryDates.replyPeriod(reply.get(), extended ? require(tableId, PeriodName.EXTENSION) : null,
                extended ? require(tableId, PeriodName.MAX_TOTAL) : null, extended);
    }
}
