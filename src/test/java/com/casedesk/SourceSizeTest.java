package com.casedesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A class that outgrows 300 lines holds more than one idea: split it along the seam it already has. */
@UnitTest
class SourceSizeTest {

    private static final int MAX_LINES = 300;

    @Test
    void noMainSourceFileIsLongerThan300Lines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> lines(p) > MAX_LINES)
                    .map(p -> p + " (" + lines(p) + " lines)")
                    .toList();
        }
        assertThat(tooLong).isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
