package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailboxThrottleTest {

    @Test
    void failuresBeyondTheFreeAllowanceSlowDownEveryMailboxRequestUpToTheMaximum() {
        MailboxThrottle throttle = new MailboxThrottle(new WhistleblowingProperties(null, Map.of(), null, 4, 3,
                Duration.ofMillis(100), Duration.ofMillis(250)));

        for (int i = 0; i < 3; i++) {
            throttle.failed();
        }
        assertThat(throttle.currentDelayMillis()).isZero();
        throttle.failed();
        assertThat(throttle.currentDelayMillis()).isEqualTo(100);
        throttle.failed();
        throttle.failed();
        assertThat(throttle.currentDelayMillis()).isEqualTo(250);
    }
}
