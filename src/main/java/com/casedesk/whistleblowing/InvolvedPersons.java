package com.casedesk.whistleblowing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Staff who may not work on a report (table {@code wb_involved}): people named in it, people of the
 * reported unit, and investigators who declared a conflict of interest. Task assignment checks it.
 */
@Component
public class InvolvedPersons {

    private final JdbcTemplate jdbc;

    InvolvedPersons(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isInvolved(String reportNumber, String userId) {
        Integer count = jdbc.queryForObject("select count(*) from wb_involved where report_number = ? and user_id = ?",
                Integer.class, reportNumber, userId);
        return count != null && count > 0;
    }

    /** Registers a user as involved; registering twice keeps the first reason. */
    public void register(String reportNumber, String userId, String reason) {
        jdbc.update("insert into wb_involved (report_number, user_id, reason) values (?, ?, ?) "
                + "on conflict (report_number, user_id) do nothing", reportNumber, userId, reason);
    }
}
