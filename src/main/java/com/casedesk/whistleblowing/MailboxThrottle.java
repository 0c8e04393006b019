package com.casedesk.whistleblowing;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Rate limits on guessing receipt codes (Bucket4j token buckets, in memory, per node). Every mailbox
 * attempt takes a token from its source's bucket and from the total bucket before the code is
 * checked; a correct code gives both back, so only wrong codes count. An empty bucket answers 429
 * with Retry-After at once: nobody is made to wait, and a genuine reporter elsewhere is not slowed by
 * a guesser (unless the guessing spreads over so many addresses that the total limit is reached).
 *
 * <p>The source is the client address, reduced to what one party controls (an IPv4 address, an IPv6
 * /64) and kept only as an HMAC under a key that is random per start and never leaves memory: the
 * map cannot be turned back into addresses, nothing is stored or logged, and a source's bucket is
 * dropped once it would be full again (one window after its last failure).
 */
@Component
class MailboxThrottle {

    /** A mailbox attempt that passed the limits; tell it how the check ended. */
    interface Attempt {
        /** The code was right: the attempt costs nothing. */
        void succeeded();
    }

    private static final int KEY_BYTES = 32;

    private final TimeMeter time;
    private final int perSource;
    private final Duration sourceWindow;
    private final int maxSources;
    private final Bucket total;
    private final Map<String, Source> sources = new ConcurrentHashMap<>();
    private final SecretKeySpec sourceKey;
    private volatile long lastSweep;

    private static final class Source {
        final Bucket bucket;
        volatile long lastTakenNanos;

        Source(Bucket bucket) {
            this.bucket = bucket;
        }
    }

    @Autowired
    MailboxThrottle(WhistleblowingProperties properties) {
        this(properties, TimeMeter.SYSTEM_NANOTIME);
    }

    /** With the clock Bucket4j reads, so that tests move time instead of sleeping. */
    MailboxThrottle(WhistleblowingProperties properties, TimeMeter time) {
        this.time = time;
        this.perSource = properties.mailboxFailuresPerSource();
        this.sourceWindow = properties.mailboxSourceWindow();
        this.maxSources = properties.mailboxMaxSources();
        this.total = bucket(properties.mailboxFailuresInTotal(), properties.mailboxTotalWindow());
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        this.sourceKey = new SecretKeySpec(key, "HmacSHA256");
        Arrays.fill(key, (byte) 0);
        this.lastSweep = time.currentTimeNanos();
    }

    /**
     * Takes a token for an attempt from {@code clientAddress} or throws the 429.
     *
     * @param clientAddress the request's remote address (behind a proxy: the forwarded one)
     */
    Attempt admit(String clientAddress) {
        long now = time.currentTimeNanos();
        sweep(now);
        Source source = source(clientAddress);
        if (source != null) {
            var probe = source.bucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                throw new MailboxBusyException(probe.getNanosToWaitForRefill());
            }
            source.lastTakenNanos = now;
        }
        var probe = total.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            if (source != null) {
                source.bucket.addTokens(1);
            }
            throw new MailboxBusyException(probe.getNanosToWaitForRefill());
        }
        return () -> {
            total.addTokens(1);
            if (source != null) {
                source.bucket.addTokens(1);
            }
        };
    }

    /** Sources currently tracked (for tests and metrics; never their addresses). */
    int trackedSources() {
        return sources.size();
    }

    private Source source(String clientAddress) {
        String key = keyOf(clientAddress);
        Source known = sources.get(key);
        if (known != null) {
            return known;
        }
        if (sources.size() >= maxSources) {
            // a flood of fresh addresses: they share the total limit rather than exhaust memory
            return null;
        }
        return sources.computeIfAbsent(key, k -> new Source(bucket(perSource, sourceWindow)));
    }

    /** Drops the buckets that would be full again: their source has not failed for a whole window. */
    private void sweep(long now) {
        long window = sourceWindow.toNanos();
        if (now - lastSweep < window / 10) {
            return;
        }
        lastSweep = now;
        sources.values().removeIf(s -> now - s.lastTakenNanos >= window);
    }

    private Bucket bucket(int capacity, Duration window) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .withCustomTimePrecision(time)
                .build();
    }

    private String keyOf(String clientAddress) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(sourceKey);
            return HexFormat.of().formatHex(mac.doFinal(party(clientAddress)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** An IPv4 address, or the /64 of an IPv6 address (one subscriber's usual allocation). */
    static byte[] party(String clientAddress) {
        String address = clientAddress == null ? "" : clientAddress.strip();
        if (isIpLiteral(address)) {
            try {
                byte[] raw = InetAddress.getByName(address).getAddress();
                return raw.length == 16 ? Arrays.copyOf(raw, 8) : raw;
            } catch (java.net.UnknownHostException e) {
                // not reached for a literal; fall through to the text
            }
        }
        return address.getBytes(StandardCharsets.UTF_8);
    }

    /** Only literals are parsed: a host name must never trigger a DNS lookup here. */
    private static boolean isIpLiteral(String address) {
        return !address.isEmpty() && (address.contains(":") ? address.matches("[0-9A-Fa-f:.]+")
                : address.matches("\\d{1,3}(\\.\\d{1,3}){3}"));
    }
}
