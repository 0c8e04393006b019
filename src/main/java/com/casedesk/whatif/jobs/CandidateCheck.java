package com.casedesk.whatif.jobs;

import com.casedesk.process.ModelFiles;
import com.casedesk.web.FieldProblem;
import com.casedesk.web.InvalidRequestException;
import com.casedesk.whatif.Staffing;
import com.casedesk.whatif.jobs.WhatIfRequest.Upload;
import com.casedesk.whatif.jobs.WhatIfRun.CandidateFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a what-if request before anything is stored or started: every problem at once, each naming its field
 * ({@code candidate}, {@code staffing}, {@code arrivals}, {@code year}, {@code cases}, {@code seeds}, {@code seed}).
 * The model files are only read for their keys here; whether they would pass the deployment gate is the
 * {@code whatif} command's to say (its refusal is the run's FAILED message).
 */
final class CandidateCheck {

    static final int MAX_FILES = 20;
    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    static final int MAX_STAFFING_BYTES = 256 * 1024;
    static final int MAX_ARRIVALS_BYTES = 10 * 1024 * 1024;
    static final int MAX_CASES = 50_000;
    static final int MAX_SEEDS = 5;
    static final int DEFAULT_CASES = 1_000;
    /** A file name, not a path: no separators, no control characters, not hidden. */
    private static final Pattern FILE_NAME = Pattern.compile("[^/\\\\:\\p{Cntrl}*?\"<>|]{1,150}");

    /** The request, checked: the candidate files with their hashes and keys, and the numbers. */
    record Checked(List<CandidateFile> files, List<String> keys, int year, int cases, int seeds, long seed,
                   String staffingSha256, String arrivalsSha256) {
    }

    private CandidateCheck() {
    }

    static Checked check(WhatIfRequest request, int defaultYear) {
        List<FieldProblem> problems = new ArrayList<>();
        List<CandidateFile> files = candidates(request.candidates(), problems);
        String staffing = staffing(request.staffing(), problems);
        String arrivals = arrivals(request.arrivals(), problems);
        int year = number(request.year(), "year", defaultYear, 2000, 2100, problems);
        int cases = number(request.cases(), "cases", DEFAULT_CASES, 1, MAX_CASES, problems);
        int seeds = number(request.seeds(), "seeds", 1, 1, MAX_SEEDS, problems);
        long seed = 1;
        if (request.seed() != null && !request.seed().isBlank()) {
            try {
                seed = Long.parseLong(request.seed().trim());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("seed", "must be a whole number"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Set<String> keys = new LinkedHashSet<>();
        files.forEach(f -> keys.addAll(f.keys()));
        return new Checked(files, List.copyOf(keys), year, cases, seeds, seed, staffing, arrivals);
    }

    private static List<CandidateFile> candidates(List<Upload> uploads, List<FieldProblem> problems) {
        if (uploads.isEmpty()) {
            problems.add(new FieldProblem("candidate", "at least one .bpmn, .dmn or .form file"));
            return List.of();
        }
        if (uploads.size() > MAX_FILES) {
            problems.add(new FieldProblem("candidate", "at most " + MAX_FILES + " files (" + uploads.size() + " given)"));
            return List.of();
        }
        List<CandidateFile> files = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (Upload upload : uploads) {
            String name = upload.name() == null ? "" : upload.name();
            byte[] content = upload.content() == null ? new byte[0] : upload.content();
            if (!FILE_NAME.matcher(name).matches() || name.startsWith(".")) {
                problems.add(new FieldProblem("candidate", "a file name without path, up to 150 characters: " + shown(name)));
            } else if (!ModelFiles.isModel(name)) {
                problems.add(new FieldProblem("candidate", name + ": only .bpmn, .dmn and .form files"));
            } else if (content.length > MAX_FILE_BYTES) {
                problems.add(new FieldProblem("candidate", name + ": larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB"));
            } else if (!names.add(name)) {
                problems.add(new FieldProblem("candidate", name + ": given twice"));
            } else {
                List<String> defined = ModelFiles.keysOf(name, content);
                if (defined.isEmpty()) {
                    problems.add(new FieldProblem("candidate", name + ": not " + kind(name) + " that defines a model key"));
                }
                for (String key : defined) {
                    if (!keys.add(key)) {
                        problems.add(new FieldProblem("candidate", name + ": key " + key + " is defined by two files"));
                    }
                }
                files.add(new CandidateFile(name, sha256(content), defined));
            }
        }
        return files;
    }

    private static String staffing(Upload upload, List<FieldProblem> problems) {
        if (upload == null) {
            return null;
        }
        if (upload.content().length > MAX_STAFFING_BYTES) {
            problems.add(new FieldProblem("staffing", "larger than " + MAX_STAFFING_BYTES / 1024 + " KB"));
            return null;
        }
        try {
            Path file = Files.createTempFile("whatif-staffing", ".yaml");
            try {
                Files.write(file, upload.content());
                Staffing.read(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // the staffing file's own check (whatif/Staffing), or YAML that does not fit it
            problems.add(new FieldProblem("staffing", "not a staffing file: " + firstLine(e)));
            return null;
        }
        return sha256(upload.content());
    }

    private static String arrivals(Upload upload, List<FieldProblem> problems) {
        if (upload == null) {
            return null;
        }
        if (upload.content().length > MAX_ARRIVALS_BYTES) {
            problems.add(new FieldProblem("arrivals", "larger than " + MAX_ARRIVALS_BYTES / 1024 / 1024 + " MB"));
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(upload.content())).toString();
            int end = text.indexOf('\n');
            if (!(end < 0 ? text : text.substring(0, end)).contains(",")) {
                problems.add(new FieldProblem("arrivals", "a CSV file with a header line (comma-separated)"));
                return null;
            }
        } catch (CharacterCodingException e) {
            problems.add(new FieldProblem("arrivals", "a CSV file in UTF-8"));
            return null;
        }
        return sha256(upload.content());
    }

    private static int number(String value, String field, int fallback, int min, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "a whole number from " + min + " to " + max));
        return fallback;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String kind(String name) {
        return name.endsWith(".form") ? "Camunda Form JSON" : name.endsWith(".dmn") ? "DMN XML" : "BPMN XML";
    }

    private static String shown(String name) {
        String printable = name.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 60 ? printable.substring(0, 60) + "…" : printable;
    }

    private static String firstLine(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int end = message.indexOf('\n');
        message = end < 0 ? message : message.substring(0, end);
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
