package com.casedesk.whatif;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A run's own database, gone when the run ends: in-memory H2 by default; with {@code --database} a database
 * created on that PostgreSQL server (the user needs CREATEDB) and dropped afterwards. Credentials come from
 * the URL's {@code user}/{@code password} parameters or WHATIF_DB_USER / WHATIF_DB_PASSWORD.
 */
record ThrowawayDatabase(String url, String user, String password, String server, String name) {

    static ThrowawayDatabase create(String serverUrl, String label) {
        String name = ("whatif_" + label + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase()
                .replaceAll("[^a-z0-9_]", "_");
        if (serverUrl == null || serverUrl.isBlank()) {
            return new ThrowawayDatabase("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=2000", "sa", "", null, name);
        }
        if (!serverUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--database: a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db?user=…&password=…)");
        }
        FitSource server = FitSource.parse(serverUrl, Map.of());
        String user = server.user() != null ? server.user() : System.getenv("WHATIF_DB_USER");
        String password = server.password() != null ? server.password() : System.getenv("WHATIF_DB_PASSWORD");
        execute(server.url(), user, password, "create database " + name);
        String base = server.url().contains("?") ? server.url().substring(0, server.url().indexOf('?')) : server.url();
        String url = base.substring(0, base.lastIndexOf('/') + 1) + name;
        return new ThrowawayDatabase(url, user, password == null ? "" : password, server.url(), name);
    }

    void drop() {
        if (server == null) {
            // DB_CLOSE_DELAY=-1 keeps an in-memory database after its pool closed: shut it down to free the heap
            execute(url, user, password, "shutdown");
            return;
        }
        execute(server, user, password, "drop database if exists " + name + " with (force)");
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("--database: " + sql + " failed on the server: " + e.getMessage(), e);
        }
    }
}
