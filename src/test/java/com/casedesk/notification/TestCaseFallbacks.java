package com.casedesk.notification;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/**
 * A case type that exists only in tests (numbers {@code RT…}), so the generic redelivery can be
 * driven whatever the real case types answer: each test says which channel follows a failed one.
 * It owns no complaint or report number. Picked up by component scanning of the test classpath:
 * part of the one shared test context, not a second one.
 */
@Component
public class TestCaseFallbacks implements NoticeFallbacks {

    public static final String PREFIX = "RT";

    private final Map<NotificationChannel, NoticeRoute> routes = new ConcurrentHashMap<>();

    public static String newCaseNumber() {
        return PREFIX + String.format("%014d", ThreadLocalRandom.current().nextLong(100_000_000_000_000L));
    }

    /** After a notice by {@code failed} fails, the next goes by this route. */
    public void route(NotificationChannel failed, NotificationChannel next, String recipient) {
        routes.put(failed, new NoticeRoute(next, recipient, failed + " 未送达，改用 " + next));
    }

    public void clear() {
        routes.clear();
    }

    @Override
    public boolean owns(OutboxMessage failed) {
        return failed.caseNumber().startsWith(PREFIX);
    }

    @Override
    public Optional<NoticeRoute> next(OutboxMessage failed) {
        return Optional.ofNullable(routes.get(failed.channel()));
    }
}
