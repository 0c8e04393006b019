package com.casedesk.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The PostgreSQL the tests run on: real PostgreSQL binaries started inside the test JVM, once.
 * Set CASEDESK_TEST_DB_URL (and CASEDESK_TEST_DB_USER, CASEDESK_TEST_DB_PASSWORD) to use an
 * external server instead; tests only add data, so a shared database is fine.
 *
 * <p>Each application context that uses it holds a lease; the server stops when the last context
 * has closed its connection pool, so no context loses its database while shutting down.
 */
public final class PostgresDatabase {

    private static EmbeddedPostgres embedded;
    private static Connection connection;
    private static int leases;

    public record Connection(String url, String user, String password) {
    }

    private PostgresDatabase() {
    }

    /**
     * Runs {@code work} with the server held (a test that creates databases of its own on it, such as the what-if
     * replay's throwaway ones), then lets it go as a context would.
     */
    public static <T> T with(java.util.function.Function<Connection, T> work) {
        Connection connection = acquire();
        try {
            return work.apply(connection);
        } finally {
            release();
        }
    }

    static synchronized Connection acquire() {
        if (connection == null) {
            connection = start();
        }
        leases++;
        return connection;
    }

    static synchronized void release() {
        leases--;
        if (leases == 0 && embedded != null) {
            try {
                embedded.close();
            } catch (IOException ignored) {
                // the data directory is temporary and removed with the server
            }
            embedded = null;
            connection = null;
        }
    }

    private static Connection start() {
        String external = System.getenv("CASEDESK_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return new Connection(external, System.getenv().getOrDefault("CASEDESK_TEST_DB_USER", "postgres"),
                    System.getenv().getOrDefault("CASEDESK_TEST_DB_PASSWORD", ""));
        }
        try {
            embedded = EmbeddedPostgres.builder().start();
            return new Connection(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }
}
