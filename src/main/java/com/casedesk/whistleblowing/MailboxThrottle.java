package com.casedesk.whistleblowing;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The mailbox's brake on guessing receipt codes. It keeps no IP address or other trace of who asks:
 * it counts wrong codes globally in fixed one-minute windows. Past the free allowance each further
 * failure adds a penalty that every mailbox request of that window waits before it is checked, up to
 * a maximum. A guesser is slowed down; so, during an attack, are genuine reporters (by at most the
 * maximum), which is the price of not tracking anyone. In memory, per node.
 */
@Component
class MailboxThrottle {

    private static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();

    private final int freeFailures;
    private final long penaltyMillis;
    private final long maxDelayMillis;
    private long windowStart = System.nanoTime();
    private int failures;

    MailboxThrottle(WhistleblowingProperties properties) {
        this.freeFailures = properties.mailboxFreeFailuresPerMinute();
        this.penaltyMillis = properties.mailboxPenaltyPerFailure().toMillis();
        this.maxDelayMillis = properties.mailboxMaxDelay().toMillis();
    }

    /** Waits the current penalty. */
    void beforeAttempt() {
        long delay = currentDelayMillis();
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    synchronized void failed() {
        roll();
        failures++;
    }

    synchronized long currentDelayMillis() {
        roll();
        return Math.min(maxDelayMillis, Math.max(0, failures - freeFailures) * penaltyMillis);
    }

    private void roll() {
        long now = System.nanoTime();
        if (now - windowStart >= WINDOW_NANOS) {
            windowStart = now;
            failures = 0;
        }
    }
}
