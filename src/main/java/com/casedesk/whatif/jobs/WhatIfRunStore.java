package com.casedesk.whatif.jobs;

import com.casedesk.whatif.jobs.WhatIfRun.CandidateFile;
import com.casedesk.whatif.jobs.WhatIfRun.Status;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code whatif_run} table (V22_1): the runs, their state, and the reports of the finished ones. */
@Repository
class WhatIfRunStore {

    private static final int MESSAGE_LIMIT = 2000;
    private static final TypeReference<List<CandidateFile>> FILES = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, status, requested_by, requested_at, started_at, ended_at, sim_year,"
            + " case_count, seed, seed_count, candidates, model_keys, staffing_sha256, arrivals_sha256, exit_code, message";

    /** A new run as requested, before it is stored. */
    record NewRun(WhatIfRun run, String idempotencyKey, String requestHash, String node, String workDir) {
    }

    /** An earlier request under the same Idempotency-Key. */
    record Earlier(String id, String requestHash) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    WhatIfRunStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(NewRun n) {
        WhatIfRun r = n.run();
        jdbc.update("insert into whatif_run (id, requested_by, requested_at, idempotency_key, request_hash, status, node,"
                        + " sim_year, case_count, seed, seed_count, candidates, model_keys, staffing_sha256, arrivals_sha256,"
                        + " work_dir) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.id(), r.requestedBy(), Timestamp.from(r.requestedAt()), n.idempotencyKey(), n.requestHash(),
                r.status().name(), n.node(), r.year(), r.cases(), r.seed(), r.seeds(), write(r.candidates()),
                String.join(",", r.keys()), r.staffingSha256(), r.arrivalsSha256(), n.workDir());
    }

    Optional<Earlier> earlier(String requestedBy, String idempotencyKey) {
        return jdbc.query("select id, request_hash from whatif_run where requested_by = ? and idempotency_key = ?",
                (rs, i) -> new Earlier(rs.getString(1), rs.getString(2)), requestedBy, idempotencyKey).stream().findFirst();
    }

    Optional<WhatIfRun> find(String id) {
        return jdbc.query("select " + COLUMNS + " from whatif_run where id = ?", this::run, id).stream().findFirst();
    }

    /** Newest first. */
    List<WhatIfRun> newest(int limit) {
        return jdbc.query("select " + COLUMNS + " from whatif_run order by requested_at desc, id fetch first "
                + limit + " rows only", this::run);
    }

    /** The DONE runs, the latest finished first. */
    List<WhatIfRun> done(int limit) {
        return jdbc.query("select " + COLUMNS + " from whatif_run where status = ? order by ended_at desc, id fetch first "
                + limit + " rows only", this::run, Status.DONE.name());
    }

    Optional<String> workDir(String id) {
        return jdbc.queryForList("select work_dir from whatif_run where id = ?", String.class, id).stream().findFirst();
    }

    /** Whether the run was still QUEUED and is now RUNNING (a run is started once). */
    boolean start(String id, Instant at) {
        return jdbc.update("update whatif_run set status = ?, started_at = ? where id = ? and status = ?",
                Status.RUNNING.name(), Timestamp.from(at), id, Status.QUEUED.name()) == 1;
    }

    void done(String id, Instant at, int exitCode, byte[] reportJson, byte[] reportHtml) {
        jdbc.update("update whatif_run set status = ?, ended_at = ?, exit_code = ?, report_json = ?, report_html = ?"
                + " where id = ?", Status.DONE.name(), Timestamp.from(at), exitCode, reportJson, reportHtml, id);
    }

    void fail(String id, Instant at, Integer exitCode, String message) {
        jdbc.update("update whatif_run set status = ?, ended_at = ?, exit_code = ?, message = ? where id = ?",
                Status.FAILED.name(), Timestamp.from(at), exitCode, limit(message), id);
    }

    /** Runs this node had taken and not finished when it stopped: they will never finish. */
    List<String> unfinished(String node) {
        return jdbc.queryForList("select id from whatif_run where node = ? and status in (?, ?)", String.class, node,
                Status.QUEUED.name(), Status.RUNNING.name());
    }

    void interrupted(String id, Instant at, String message) {
        jdbc.update("update whatif_run set status = ?, ended_at = ?, message = ? where id = ? and status in (?, ?)",
                Status.FAILED.name(), Timestamp.from(at), message, id, Status.QUEUED.name(), Status.RUNNING.name());
    }

    Optional<byte[]> report(String id, boolean html) {
        return jdbc.query("select " + (html ? "report_html" : "report_json") + " from whatif_run where id = ?",
                (rs, i) -> rs.getBytes(1), id).stream().filter(b -> b != null).findFirst();
    }

    private WhatIfRun run(ResultSet rs, int row) throws SQLException {
        String keys = rs.getString("model_keys");
        int exit = rs.getInt("exit_code");
        Integer exitCode = rs.wasNull() ? null : exit;
        return new WhatIfRun(rs.getString("id"), Status.valueOf(rs.getString("status")), rs.getString("requested_by"),
                instant(rs, "requested_at"), instant(rs, "started_at"), instant(rs, "ended_at"), rs.getInt("sim_year"),
                rs.getInt("case_count"), rs.getLong("seed"), rs.getInt("seed_count"), read(rs.getString("candidates")),
                keys.isEmpty() ? List.of() : Arrays.asList(keys.split(",")), rs.getString("staffing_sha256"),
                rs.getString("arrivals_sha256"), exitCode, rs.getString("message"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private String write(List<CandidateFile> files) {
        try {
            return json.writeValueAsString(files);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<CandidateFile> read(String files) {
        try {
            return json.readValue(files, FILES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String limit(String text) {
        return text == null || text.length() <= MESSAGE_LIMIT ? text : text.substring(0, MESSAGE_LIMIT - 3) + "...";
    }
}
