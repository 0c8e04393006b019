package com.casedesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The half of the engine seam ArchUnit cannot see: SQL is text, so the sources are read. Only
 * {@code com.casedesk.process} names Camunda's own tables ({@code ACT_RU_*}, {@code ACT_HI_*}, …); everyone
 * else asks {@code EngineHistory} or embeds an {@code EngineTables} fragment.
 */
@UnitTest
class EngineSeamTest {

    static final Path MAIN = Path.of("src/main/java/com/casedesk");
    static final Path PROCESS = MAIN.resolve("process");
    static final Pattern ENGINE_TABLE = Pattern.compile("(?i)\\bact_[a-z]{2}_[a-z_]+");

    @Test
    void onlyProcessNamesTheEnginesTables() throws IOException {
        assertThat(namingEngineTables()).as("Java files outside process naming an engine table").isEmpty();
    }

    @Test
    void theScanSeesTheSeamItself() throws IOException {
        // guards the scan: were the path or the pattern wrong, the rule above would pass on nothing
        try (Stream<Path> files = Files.walk(PROCESS)) {
            assertThat(files.filter(f -> f.toString().endsWith(".java")).filter(EngineSeamTest::namesEngineTable))
                    .contains(PROCESS.resolve("EngineTables.java"), PROCESS.resolve("EngineHistory.java"));
        }
    }

    static List<Path> namingEngineTables() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> !f.startsWith(PROCESS))
                    .filter(EngineSeamTest::namesEngineTable).toList();
        }
    }

    private static boolean namesEngineTable(Path file) {
        try {
            return ENGINE_TABLE.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
