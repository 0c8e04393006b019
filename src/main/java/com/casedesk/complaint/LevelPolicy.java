package com.casedesk.complaint;

import com.casedesk.process.TableLookup;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What a level means, from the decision table {@code complaint-level-policy}: who handles, who is
 * escalated to, and the company's reply target in working days. Process owners change the table;
 * Java only reads it ({@link #read}).
 * Each level is read once per deployed version ({@link TableLookup}): it is asked for every due date, grade
 * and alert.
 */
@Component
public class LevelPolicy {

    public static final String DECISION = "complaint-level-policy";

    public record Policy(int level, String handlingGroup, String escalationGroup, int targetWorkingDays,
                  int investigationWorkingDays, int investigationMaxWorkingDays) {
    }

    private final TableLookup table;

    LevelPolicy(TableLookup table) {
        this.table = table;
    }

    public Policy forLevel(int level) {
        return read(level, table.single(DECISION, Map.of("level", level)).values());
    }

    /** A row of the table read into a policy; a level without a row is a fault in the table. */
    public static Policy read(int level, Map<String, Object> row) {
        if (row == null) {
            throw new IllegalStateException("decision " + DECISION + " has no row for level " + level);
        }
        return new Policy(level, (String) row.get("handlingGroup"), (String) row.get("escalationGroup"),
                ((Number) row.get("targetWorkingDays")).intValue(),
                ((Number) row.get("investigationWorkingDays")).intValue(),
                ((Number) row.get("investigationMaxWorkingDays")).intValue());
    }
}
