package com.casedesk.process;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.springframework.stereotype.Component;

/**
 * The engine's ids as time-ordered UUIDs (version 7: milliseconds since the epoch first, then random bits),
 * in place of the starter's {@code StrongUuidGenerator} (version 1, whose text begins with the clock's
 * fastest-changing bits). Every engine table is keyed and indexed by these ids — the history's primary keys
 * and its process-instance, execution and task columns — so with version 1 each insert landed on a random
 * page of each of those indexes: with five years of history (tens of gigabytes) PostgreSQL read those pages
 * from disk for every row an intake or a firing writes (docs/performance.md, "Intake at five years"). Ids
 * that grow with time put new rows at the end of each index, whose pages stay in memory. Unique across
 * nodes as version 1 is (74 random bits per millisecond, and the generator counts up within one);
 * the same 36-character text, so the engine's columns and our references to them are unchanged.
 */
@Component
public class TimeOrderedIds implements IdGenerator {

    private final TimeBasedEpochGenerator generator = Generators.timeBasedEpochGenerator();

    @Override
    public String getNextId() {
        return generator.generate().toString();
    }
}
