package com.casedesk.whatif;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database a staffing is fitted from, given as {@code --fit-from=JDBC-URL}: the user and password either
 * in the URL ({@code ?user=…&password=…}, or H2's {@code ;USER=…;PASSWORD=…}) or in the environment
 * ({@code WHATIF_FIT_USER}, {@code WHATIF_FIT_PASSWORD}). The password is taken out of the URL before the URL
 * is used or shown anywhere, and is never part of {@link #toString()}.
 */
public final class FitSource {

    public static final String USER_VARIABLE = "WHATIF_FIT_USER";
    public static final String PASSWORD_VARIABLE = "WHATIF_FIT_PASSWORD";

    // user=…, password=… after ?, & or ; up to the next separator
    private static final Pattern CREDENTIAL = Pattern.compile("([?&;])(user|password)=([^&;]*)", Pattern.CASE_INSENSITIVE);

    private final String url;
    private final String user;
    private final String password;

    private FitSource(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** From a URL, its credentials falling back to the environment's. */
    public static FitSource parse(String jdbcUrl, Map<String, String> environment) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("--fit-from: a JDBC URL (jdbc:postgresql://host/db?user=…)");
        }
        String user = environment.get(USER_VARIABLE);
        String password = environment.get(PASSWORD_VARIABLE);
        StringBuilder rest = new StringBuilder();
        Matcher m = CREDENTIAL.matcher(jdbcUrl);
        int end = 0;
        while (m.find()) {
            rest.append(jdbcUrl, end, m.start());
            // a removed first query parameter hands its '?' on to the next one
            if ("?".equals(m.group(1))) {
                rest.append('?');
            }
            if (m.group(2).toLowerCase(Locale.ROOT).equals("user")) {
                user = decode(m.group(3));
            } else {
                password = decode(m.group(3));
            }
            end = m.end();
        }
        rest.append(jdbcUrl.substring(end));
        String url = rest.toString().replace("?&", "?").replaceAll("[?&]$", "");
        return new FitSource(url, user, password);
    }

    public static FitSource of(String jdbcUrl, String user, String password) {
        return new FitSource(jdbcUrl, user, password);
    }

    /** The URL without credentials: what notes and messages may show. */
    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    /** For opening a connection only (the replay's throwaway databases); never shown. */
    String password() {
        return password;
    }

    /**
     * A connection that cannot write: read-only and out of auto-commit, so PostgreSQL runs every statement in a
     * {@code READ ONLY} transaction (a write fails); H2 takes read-only as a hint only, and the fit runs SELECTs
     * only. The caller rolls back and closes it.
     */
    Connection open() throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        Connection connection = DriverManager.getConnection(url, properties);
        return readOnly(connection);
    }

    static Connection readOnly(Connection connection) throws SQLException {
        try {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return url + (user == null ? "" : " as " + user);
    }
}
