package com.casedesk.process;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The release's models: what the repository shipped in {@code processes/} and {@code forms/}, by resource
 * name and by the keys they define. What an owner deploys is compared with the release's copy of the
 * same key, whatever the owner named the file (Modeler deploys {@code complaint-grading.dmn}).
 */
@Component
class ReleaseModels {

    static final int DIFF_LIMIT = 60_000;
    private static final List<String> ROOTS = List.of("processes", "forms");
    private static final List<String> SUFFIXES = List.of(".bpmn", ".dmn", ".form");

    private volatile Map<String, byte[]> byKey;

    /** The shipped resources, named relative to their folder's parent, sorted by name. */
    static List<ModelDeployer.NamedResource> scan() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<ModelDeployer.NamedResource> found = new ArrayList<>();
        try {
            for (String root : ROOTS) {
                for (Resource rootDir : resolver.getResources("classpath*:" + root + "/")) {
                    String base = rootDir.getURL().toString();
                    for (Resource r : resolver.getResources(base + "**/*")) {
                        String url = r.getURL().toString();
                        if (r.isReadable() && SUFFIXES.stream().anyMatch(url::endsWith) && url.startsWith(base)) {
                            found.add(new ModelDeployer.NamedResource(root + "/" + url.substring(base.length()), r));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan the classpath for models", e);
        }
        found.sort(Comparator.comparing(ModelDeployer.NamedResource::name));
        return found;
    }

    /** The release's copy of the model defining this key. */
    Optional<byte[]> copyOf(String key) {
        Map<String, byte[]> keys = byKey;
        if (keys == null) {
            keys = new HashMap<>();
            for (ModelDeployer.NamedResource r : scan()) {
                byte[] content = bytes(r);
                for (ModelKeys.Key k : ModelKeys.of(r.name(), content)) {
                    keys.putIfAbsent(k.key(), content);
                }
            }
            byKey = keys;
        }
        return Optional.ofNullable(keys.get(key));
    }

    static byte[] bytes(ModelDeployer.NamedResource r) {
        try (InputStream in = r.resource().getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + r.name(), e);
        }
    }

    static String checksum(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Equal but for line endings and trailing blanks (an editor's or Git's doing, not a change). */
    static boolean sameContent(byte[] a, byte[] b) {
        return lines(a).equals(lines(b));
    }

    /** A unified diff from the release's copy to the deployed resource, cut at {@value #DIFF_LIMIT} characters. */
    static String diff(String name, byte[] release, byte[] deployed) {
        List<String> original = lines(release);
        Patch<String> patch = DiffUtils.diff(original, lines(deployed));
        String diff = String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("release/" + name, "deployed/" + name,
                original, patch, 3));
        return diff.length() <= DIFF_LIMIT ? diff : diff.substring(0, DIFF_LIMIT - 20) + "\n... (cut)";
    }

    private static List<String> lines(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = new ArrayList<>(text.lines().map(String::stripTrailing).toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
