package com.casedesk.statistics;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Periods as an inline table {@code b(idx, b_start, b_end, b_asof)} that a query joins and groups by,
 * so figures for a whole series (months, days) come from one statement. Written as {@code VALUES} with
 * typed parameters: the same SQL runs on PostgreSQL and H2.
 */
final class Buckets {

    private Buckets() {
    }

    /** The table expression, to be placed in a FROM clause. */
    static String table(int count) {
        return "(" + values(count) + ") as b(idx, b_start, b_end, b_asof)";
    }

    /** The same as a common table expression {@code b}, for a WITH clause that uses it more than once. */
    static String cte(int count) {
        return "b(idx, b_start, b_end, b_asof) as (" + values(count) + ")";
    }

    private static String values(int count) {
        StringBuilder sql = new StringBuilder("values ");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sql.append(", ");
            }
            sql.append("(").append(i).append(", cast(? as timestamp with time zone), cast(? as timestamp with time zone),"
                    + " cast(? as timestamp with time zone))");
        }
        return sql.toString();
    }

    /** The parameters of {@link #table}, in order. */
    static List<Object> args(List<Period> periods) {
        List<Object> args = new ArrayList<>();
        for (Period p : periods) {
            args.add(at(p.start()));
            args.add(at(p.end()));
            args.add(at(p.asOf()));
        }
        return args;
    }

    /** An instant as a JDBC parameter for a timestamp-with-time-zone column, the same on every driver. */
    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
