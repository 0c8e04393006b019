package com.casedesk.whatif.jobs;

import com.casedesk.audit.AuditAction;
import com.casedesk.audit.AuditLog;
import com.casedesk.deadline.ServiceZone;
import com.casedesk.process.ModelOwnership;
import com.casedesk.whatif.jobs.WhatIfRequest.Upload;
import com.casedesk.whatif.jobs.WhatIfRun.CandidateFile;
import com.casedesk.whatif.jobs.WhatIfRun.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Process owners' what-if runs (issue 19): who may start one, who may read it, and the queue. A run may be
 * started and read only by someone who owns every model key its candidate files define (security/AccessMatrix
 * through process/ModelOwnership; administrators own all): the report shows how the owner's models would
 * treat a year of cases, which is the owner's to weigh. Others get 403 when starting (nothing stored, nothing
 * started) and 404 when reading (a run they may not see does not exist for them).
 */
@Service
public class WhatIfRuns {

    static final String STAFFING_FILE = "staffing.yaml";
    static final String ARRIVALS_FILE = "arrivals.csv";
    static final int LIST_LIMIT = 100;

    /** A started run, or the one an earlier request with the same Idempotency-Key started. */
    public record Accepted(WhatIfRun run, boolean replayed) {
    }

    /** A DONE run that tried the files of a deployment (the same SHA-256), for the deployment record. */
    public record Tried(String id, String requestedBy, Instant endedAt) {
    }

    /** A finished run's report. */
    public record Report(String fileName, byte[] content) {
    }

    private final WhatIfRunStore store;
    private final WhatIfRunner runner;
    private final WhatIfProperties properties;
    private final ModelOwnership ownership;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ServiceZone zone;

    WhatIfRuns(WhatIfRunStore store, WhatIfRunner runner, WhatIfProperties properties, ModelOwnership ownership,
               AuditLog audit, TransactionTemplate transaction, Clock clock, ServiceZone zone) {
        this.zone = zone;
        this.store = store;
        this.runner = runner;
        this.properties = properties;
        this.ownership = ownership;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Accepted request(WhatIfCaller caller, WhatIfRequest request, String idempotencyKey) {
        requireOwner(caller);
        CandidateCheck.Checked checked = CandidateCheck.check(request, Instant.now(clock).atZone(zone.zone()).getYear());
        List<String> notOwned = checked.keys().stream().filter(key -> !ownership.owns(caller.groups(), key)).toList();
        if (!notOwned.isEmpty()) {
            throw new WhatIfRefused(403, WhatIfRefused.OWNER_RULE, "推演仅限所推演模型的负责人 (only the owners of every"
                    + " model a candidate defines may run it): " + notOwned.stream().map(key -> key + " is owned by "
                    + String.join(" and ", ownership.ownersOf(key))).collect(Collectors.joining("; ")));
        }
        String hash = hash(checked);
        if (idempotencyKey != null) {
            Optional<Accepted> earlier = replay(caller, idempotencyKey, hash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        String id = UUID.randomUUID().toString();
        Path dir = properties.workDir().resolve(id);
        WhatIfRun run = new WhatIfRun(id, Status.QUEUED, caller.userId(), Instant.now(clock).truncatedTo(ChronoUnit.MILLIS),
                null, null, checked.year(), checked.cases(), checked.seed(), checked.seeds(), checked.files(),
                checked.keys(), checked.staffingSha256(), checked.arrivalsSha256(), null, null);
        write(dir, request);
        try {
            transaction.executeWithoutResult(status -> {
                store.insert(new WhatIfRunStore.NewRun(run, idempotencyKey, hash, properties.node(), dir.toString()));
                audit.recordFor(caller.userId(), AuditAction.WHATIF_REQUESTED, null, describe(run), null);
            });
        } catch (DuplicateKeyException e) {
            // the same retry committed first: answer with its run
            FileSystemUtils.deleteRecursively(dir.toFile());
            return replay(caller, idempotencyKey, hash).orElseThrow(() -> e);
        }
        runner.enqueue(id);
        return new Accepted(run, false);
    }

    /** The runs the caller may read, newest first. */
    public List<WhatIfRun> list(WhatIfCaller caller) {
        requireOwner(caller);
        return store.newest(LIST_LIMIT * 5).stream().filter(run -> mayRead(caller, run)).limit(LIST_LIMIT).toList();
    }

    public WhatIfRun get(WhatIfCaller caller, String id) {
        return store.find(id).filter(run -> mayRead(caller, run))
                .orElseThrow(() -> new WhatIfRefused(404, null, "No what-if run " + id));
    }

    public Report report(WhatIfCaller caller, String id, boolean html) {
        WhatIfRun run = get(caller, id);
        if (run.status() != Status.DONE) {
            throw new WhatIfRefused(409, null, "What-if run " + id + " is " + run.status()
                    + ": its report exists once it is DONE");
        }
        byte[] content = store.report(id, html).orElseThrow(() -> new WhatIfRefused(404, null, "No report for " + id));
        audit.recordFor(caller.userId(), AuditAction.WHATIF_READ, null, "run " + id + " report." + (html ? "html" : "json"), null);
        return new Report("report." + (html ? "html" : "json"), content);
    }

    /**
     * For the deployment record (models/ModelChanges): given the checksums of a deployment's resources, the
     * latest DONE run the person may read whose candidate files include every one of them (the change was tried
     * before it was deployed).
     */
    public Function<Collection<String>, Optional<Tried>> triedFor(Collection<String> groups) {
        WhatIfCaller caller = new WhatIfCaller(null, List.copyOf(groups));
        List<WhatIfRun> done = ownership.ownsAny(caller.groups()) ? store.done(LIST_LIMIT * 5).stream()
                .filter(run -> mayRead(caller, run)).toList() : List.of();
        return checksums -> checksums.isEmpty() ? Optional.empty() : done.stream()
                .filter(run -> run.candidates().stream().map(CandidateFile::sha256).toList().containsAll(checksums))
                .findFirst().map(run -> new Tried(run.id(), run.requestedBy(), run.endedAt()));
    }

    private void requireOwner(WhatIfCaller caller) {
        if (!ownership.ownsAny(caller.groups())) {
            throw new WhatIfRefused(403, WhatIfRefused.OWNER_RULE, "推演仅限模型负责人 (only process owners and"
                    + " administrators run and read what-if runs of candidate models)");
        }
    }

    /** Whether the caller owns every model key the run's candidate defines (and so may read it). */
    private boolean mayRead(WhatIfCaller caller, WhatIfRun run) {
        return ownership.ownsAny(caller.groups()) && run.keys().stream().allMatch(key -> ownership.owns(caller.groups(), key));
    }

    private Optional<Accepted> replay(WhatIfCaller caller, String idempotencyKey, String hash) {
        return store.earlier(caller.userId(), idempotencyKey).map(earlier -> {
            if (!earlier.requestHash().equals(hash)) {
                throw new WhatIfRefused(422, null, "This Idempotency-Key was already used for a different what-if"
                        + " request. Use a new key for a new run.");
            }
            return new Accepted(store.find(earlier.id()).orElseThrow(), true);
        });
    }

    private static void write(Path dir, WhatIfRequest request) {
        try {
            Path candidate = Files.createDirectories(dir.resolve("candidate"));
            for (Upload upload : request.candidates()) {
                // the name passed CandidateCheck: a plain file name, so it stays in the folder
                Files.write(candidate.resolve(upload.name()), upload.content());
            }
            if (request.staffing() != null) {
                Files.write(dir.resolve(STAFFING_FILE), request.staffing().content());
            }
            if (request.arrivals() != null) {
                Files.write(dir.resolve(ARRIVALS_FILE), request.arrivals().content());
            }
        } catch (IOException e) {
            FileSystemUtils.deleteRecursively(dir.toFile());
            throw new UncheckedIOException("cannot write the what-if run's files to " + dir, e);
        }
    }

    private static String hash(CandidateCheck.Checked c) {
        String files = c.files().stream().map(f -> f.name() + "=" + f.sha256()).sorted().collect(Collectors.joining(";"));
        return CandidateCheck.sha256(String.join("|", files, String.valueOf(c.year()), String.valueOf(c.cases()),
                String.valueOf(c.seeds()), String.valueOf(c.seed()), String.valueOf(c.staffingSha256()),
                String.valueOf(c.arrivalsSha256())).getBytes(StandardCharsets.UTF_8));
    }

    private static String describe(WhatIfRun run) {
        return "run " + run.id() + "; keys " + String.join(",", run.keys()) + "; files " + run.candidates().stream()
                .map((CandidateFile f) -> f.name() + " sha256 " + f.sha256()).collect(Collectors.joining(", "))
                + "; year " + run.year() + ", cases " + run.cases() + ", seeds " + run.seeds();
    }
}
