package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Map;
import com.casedesk.support.UnitTest;
import org.junit.jupiter.api.Test;

/**
 * The mailbox's rate limits (issue 13 §8): wrong codes are limited per source and in total, a limit
 * reached answers at once (429, Retry-After) instead of slowing anyone, and time is moved, not waited.
 */
@UnitTest
class MailboxThrottleTest {

    /** Bucket4j reads this clock; the test moves it. */
    static final class ManualTime implements TimeMeter {
        long nanos = 1_000_000_000L;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }
    }

    private final ManualTime time = new ManualTime();

    private MailboxThrottle throttle(int perSource, Duration sourceWindow, int inTotal, Duration totalWindow, int maxSources) {
        return new MailboxThrottle(new WhistleblowingProperties(null, Map.of(), null, 4, perSource, sourceWindow, inTotal,
                totalWindow, maxSources), time);
    }

    @Test
    void wrongCodesBeyondTheSourcesAllowanceAreAnswered429WithRetryAfterWhileOtherSourcesGoOn() {
        MailboxThrottle throttle = throttle(3, Duration.ofMinutes(30), 1000, Duration.ofMinutes(1), 100);

        for (int i = 0; i < 3; i++) {
            throttle.admit("203.0.113.7");  // each one a wrong code: nothing given back
        }
        MailboxBusyException busy = catchThrowableOfType(MailboxBusyException.class, () -> throttle.admit("203.0.113.7"));
        // 3 per 30 minutes, refilled evenly: the next attempt in 10 minutes
        assertThat(busy.retryAfterSeconds()).isEqualTo(600);
        assertThat(busy.getStatusCode().value()).isEqualTo(429);
        assertThat(busy.getHeaders().getFirst("Retry-After")).isEqualTo("600");

        // a genuine reporter elsewhere gets in at once
        throttle.admit("198.51.100.20").succeeded();

        time.advance(Duration.ofMinutes(10));
        throttle.admit("203.0.113.7");
        assertThatThrownBy(() -> throttle.admit("203.0.113.7")).isInstanceOf(MailboxBusyException.class);
    }

    @Test
    void aRightCodeCostsNothing() {
        MailboxThrottle throttle = throttle(2, Duration.ofMinutes(30), 2, Duration.ofMinutes(1), 100);

        for (int i = 0; i < 50; i++) {
            throttle.admit("203.0.113.8").succeeded();
        }
        throttle.admit("203.0.113.8");
        throttle.admit("203.0.113.8");
        assertThatThrownBy(() -> throttle.admit("203.0.113.8")).isInstanceOf(MailboxBusyException.class);
    }

    @Test
    void aGuesserSpreadOverManyAddressesMeetsTheTotalLimit() {
        MailboxThrottle throttle = throttle(5, Duration.ofMinutes(30), 10, Duration.ofMinutes(1), 100);

        for (int i = 0; i < 10; i++) {
            throttle.admit("192.0.2." + i);
        }
        MailboxBusyException busy = catchThrowableOfType(MailboxBusyException.class, () -> throttle.admit("192.0.2.99"));
        assertThat(busy.retryAfterSeconds()).isEqualTo(6);
        // a refusal by the total limit costs the source nothing
        time.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 5; i++) {
            throttle.admit("192.0.2.99");
        }
    }

    @Test
    void oneIpv6SubscriberIsOneSourceAndForgottenSourcesFreeTheirMemory() {
        MailboxThrottle throttle = throttle(2, Duration.ofMinutes(30), 1000, Duration.ofMinutes(1), 100);

        throttle.admit("2001:db8:1:2::1");
        throttle.admit("2001:db8:1:2:ffff::9");
        assertThatThrownBy(() -> throttle.admit("2001:db8:1:2::77")).isInstanceOf(MailboxBusyException.class);
        throttle.admit("2001:db8:1:3::1").succeeded();
        assertThat(throttle.trackedSources()).isEqualTo(2);

        time.advance(Duration.ofMinutes(31));
        throttle.admit("198.51.100.1").succeeded();
        assertThat(throttle.trackedSources()).as("only the source just seen").isEqualTo(1);
        throttle.admit("2001:db8:1:2::1");
    }

    @Test
    void pastTheTrackedMaximumNewSourcesShareTheTotalLimitOnly() {
        MailboxThrottle throttle = throttle(1, Duration.ofMinutes(30), 1000, Duration.ofMinutes(1), 2);

        throttle.admit("192.0.2.1");
        throttle.admit("192.0.2.2");
        throttle.admit("192.0.2.3");
        throttle.admit("192.0.2.3");
        assertThat(throttle.trackedSources()).isEqualTo(2);
        assertThatThrownBy(() -> throttle.admit("192.0.2.1")).isInstanceOf(MailboxBusyException.class);
    }

    @Test
    void theSourceKeyIsTheAddressOrTheIpv6Prefix() {
        assertThat(MailboxThrottle.party("203.0.113.7")).hasSize(4);
        assertThat(MailboxThrottle.party("2001:db8:1:2::1")).isEqualTo(MailboxThrottle.party("2001:db8:1:2:abcd::"));
        assertThat(MailboxThrottle.party("example.org")).as("never resolved").isEqualTo("example.org".getBytes());
    }
}
