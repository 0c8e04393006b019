package com.casedesk.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock of the service: the engine's. Ledger timestamps and due dates follow it, so a test
 * (or an operator replaying a day) that moves the engine clock moves every deadline consistently.
 */
public final class EngineClock extends Clock {

    private final ZoneId zone;

    public EngineClock() {
        this(ZoneOffset.UTC);
    }

    private EngineClock(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Moves the one clock (the what-if replay's event loop; never a serving node): every timer, due date and
     * ledger timestamp follows. JVM-wide, which is why a replay runs in a JVM of its own.
     */
    public static void moveTo(Instant instant) {
        ClockUtil.setCurrentTime(java.util.Date.from(instant));
    }

    /** Back to the system clock. */
    public static void reset() {
        ClockUtil.reset();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new EngineClock(zone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
