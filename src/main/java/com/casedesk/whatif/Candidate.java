package com.casedesk.whatif;

import com.casedesk.security.StaffGroups;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The candidate: the release's models, tables and forms with the files of {@code --candidate} laid over them.
 * The files are deployed as a process owner deploys from Modeler (named after the release's resource of the
 * same file name), so the same deployment validation and quality gate refuse a broken candidate before a
 * single case is replayed. Notice templates in the folder replace the shipped ones of the same name.
 */
final class Candidate {

    static final List<String> MODEL_SUFFIXES = List.of(".bpmn", ".dmn", ".form");
    static final List<String> TEMPLATE_SUFFIXES = List.of(".txt", ".html");

    private Candidate() {
    }

    static List<Path> files(Path folder, List<String> suffixes) {
        if (folder == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> suffixes.stream().anyMatch(s -> f.getFileName().toString().endsWith(s))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the candidate folder " + folder, e);
        }
    }

    /** Deploys the candidate's model files as an owner of every model would; the gate refuses a broken one. */
    static void deploy(Path folder, RepositoryService repository, IdentityService identity) {
        List<Path> files = files(folder, MODEL_SUFFIXES);
        if (files.isEmpty()) {
            return;
        }
        Map<String, String> release = releaseNames();
        DeploymentBuilder builder = repository.createDeployment().name("whatif-candidate").source("whatif");
        for (Path f : files) {
            String name = release.getOrDefault(f.getFileName().toString(), f.getFileName().toString());
            builder.addInputStream(name, new ByteArrayInputStream(read(f)));
        }
        identity.setAuthentication("whatif-owner", List.of(StaffGroups.PROCESS_OWNER, StaffGroups.WB_PROCESS_OWNER));
        try {
            builder.deploy();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** A folder with the shipped notice templates and the candidate's laid over them, or null when it has none. */
    static Path templates(Path folder, Path workDir) {
        List<Path> own = files(folder, TEMPLATE_SUFFIXES);
        if (own.isEmpty()) {
            return null;
        }
        try {
            Path target = Files.createDirectories(workDir.resolve("notices"));
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:/notices/*")) {
                try (var in = r.getInputStream()) {
                    Files.copy(in, target.resolve(r.getFilename()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            for (Path f : own) {
                Files.copy(f, target.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every candidate file (models and templates) with its SHA-256, by file name. */
    static Map<String, String> digests(Path folder) {
        Map<String, String> out = new TreeMap<>();
        Stream.concat(files(folder, MODEL_SUFFIXES).stream(), files(folder, TEMPLATE_SUFFIXES).stream())
                .forEach(f -> out.put(f.getFileName().toString(), sha256(read(f))));
        return out;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** File name → the release's resource name (processes/…, forms/…). */
    private static Map<String, String> releaseNames() {
        Map<String, String> names = new TreeMap<>();
        try {
            for (String root : List.of("processes", "forms")) {
                for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:" + root + "/**/*")) {
                    String url = r.getURL().toString();
                    int at = url.lastIndexOf("/" + root + "/");
                    if (r.isReadable() && at >= 0 && MODEL_SUFFIXES.stream().anyMatch(url::endsWith)) {
                        names.putIfAbsent(r.getFilename(), url.substring(at + 1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
