package com.casedesk.process;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Rows of the company's configuration tables — decision tables that map a code to a setting (a level to its
 * groups and targets, a business line and category to a department) — read from the latest deployed version,
 * each distinct input once per version.
 *
 * <p>Why (issue 20, lean intake): such a table is looked up for every grade, due date and alert, and the engine
 * records every evaluation as a decision instance with its inputs and outputs — three lookups per complaint,
 * fourteen history rows, none of which said more than the ledger's own event did. A deployed version's rows
 * never change, so an answer read once holds for that version; the latest version is asked on every call
 * (one indexed statement, {@link LatestDecisions}), so a deployment on any node counts at once. The first
 * reading of a version is an evaluation like any other, recorded in the engine's history with the version.
 * Decisions about a case (the grading table) are not lookups and stay evaluated by the model.
 */
@Component
public class TableLookup {

    /** A table's answer: the version read and its row ({@code null} when no row matched). */
    public record Row(String key, int version, Map<String, Object> values) {

        /** {@code key vN}, as the ledger's events name the table an answer came from. */
        public String table() {
            return key + " v" + version;
        }
    }

    private final LatestDecisions latest;
    private final DecisionService decisions;
    private final IdentityService identity;
    private final Map<List<Object>, Row> read = new ConcurrentHashMap<>();

    TableLookup(LatestDecisions latest, DecisionService decisions, IdentityService identity) {
        this.latest = latest;
        this.decisions = decisions;
        this.identity = identity;
    }

    /** The one row the latest version has for the inputs; more than one is a fault in the table. */
    public Row single(String key, Map<String, Object> inputs) {
        return lookup(key, inputs, true);
    }

    /** The first row the latest version has for the inputs. */
    public Row first(String key, Map<String, Object> inputs) {
        return lookup(key, inputs, false);
    }

    private Row lookup(String key, Map<String, Object> inputs, boolean single) {
        LatestDecisions.Latest table = latest.of(List.of(key)).get(key);
        if (table == null) {
            throw new IllegalStateException("decision " + key + " is not deployed");
        }
        // the service's own reading, whoever's action asked for it
        return read.computeIfAbsent(List.of(table.id(), Map.copyOf(inputs), single), k -> AsEngine.call(identity, () -> {
            var result = decisions.evaluateDecisionTableById(table.id(), inputs);
            return new Row(key, table.version(), single ? result.getSingleResult() : result.getFirstResult());
        }));
    }
}
