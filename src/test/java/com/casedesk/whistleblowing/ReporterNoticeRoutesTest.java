package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A reporter is told only through the mailbox (issue 16): the whistleblowing code sends notices to
 * staff only (INTERNAL), and the mailbox is the one {@link ReporterChannel}. Read from the sources,
 * like EngineSeamTest, because a channel is an argument ArchUnit cannot see.
 */
@UnitTest
class ReporterNoticeRoutesTest {

    static final Path WHISTLEBLOWING = Path.of("src/main/java/com/casedesk/whistleblowing");
    static final Pattern OUTWARD_CHANNEL = Pattern.compile("NotificationChannel\\.(?!INTERNAL\\b)[A-Z_]+");

    @Test
    void whistleblowingSendsNoNoticeOnAnyChannelButToStaff() throws IOException {
        assertThat(sources().filter(f -> OUTWARD_CHANNEL.matcher(read(f)).find()).toList())
                .as("whistleblowing sources naming a channel that leaves for a person outside the staff").isEmpty();
        // guards the scan: the investigators' reminder is found, so the pattern and path are right
        assertThat(sources().filter(f -> read(f).contains("NotificationChannel.INTERNAL")).toList())
                .contains(WHISTLEBLOWING.resolve("InvestigationReminderDelegate.java"));
    }

    @Test
    void theMailboxIsTheOnlyWayToTheReporter() throws IOException {
        List<Path> channels = sources().filter(f -> read(f).contains("implements ReporterChannel")).toList();
        assertThat(channels).containsExactly(WHISTLEBLOWING.resolve("ReporterMailbox.java"));
    }

    private static Stream<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(WHISTLEBLOWING)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
