package com.casedesk.whatif.jobs;

import java.time.Instant;
import java.util.List;

/**
 * One what-if run as the API shows it: who asked, what was tried (each candidate file with its SHA-256 and the
 * model keys it defines), how far it got, and why it failed.
 *
 * @param exitCode the child JVM's exit code once it ended (null while it runs, or when it was stopped or never
 *                 started)
 * @param message  why the run FAILED (the command's refusal, a timeout, a restart), null otherwise
 */
public record WhatIfRun(String id, Status status, String requestedBy, Instant requestedAt, Instant startedAt,
                        Instant endedAt, int year, int cases, long seed, int seeds, List<CandidateFile> candidates,
                        List<String> keys, String staffingSha256, String arrivalsSha256, Integer exitCode,
                        String message) {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    /** One uploaded model file: its name, the SHA-256 of its bytes as uploaded, the keys it defines. */
    public record CandidateFile(String name, String sha256, List<String> keys) {
    }
}
