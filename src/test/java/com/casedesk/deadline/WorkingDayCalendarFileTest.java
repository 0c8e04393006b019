package com.casedesk.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.support.UnitTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;

/** Loading and validating the calendar file an administrator edits. */
@UnitTest
class WorkingDayCalendarFileTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            broken-off-and-make-up.yaml | line 12 (2026 春节 Spring Festival): 2026-02-15 is both an off day and a make-up working day (also at line 11
            broken-bad-date.yaml        | line 12 (2026 春节 Spring Festival): '2026-02-30' is not a date
            broken-weekday-make-up.yaml | line 12 (2026 春节 Spring Festival): 2026-02-27 is a FRIDAY: a make-up working day (调休上班) is always a Saturday or Sunday
            broken-incomplete-year.yaml | line 3 (2026): no 端午节 entry
            broken-unknown-key.yaml     | line 8 (2026 元旦 New Year's Day): unknown key 'werk'
            broken-range.yaml           | line 28 (2026 国庆节 National Day): '2026-10-01 .. 2026-11-07' is not a range of 1 to 14 days
            """)
    void aBrokenFileFailsStartUpNamingTheLineAndTheProblem(String fixture, String message) {
        String location = "classpath:calendar/" + fixture;

        assertThatThrownBy(() -> new WorkingDayCalendar(new WorkingCalendarProperties(location),
                new DefaultResourceLoader(), new SimpleMeterRegistry(), "Asia/Shanghai"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("working-day calendar " + location + ", ")
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            years: {2026: {holidays: [{zh: 元旦, en: New Year, off: 2026-01-03 .. 2026-01-01}]}}        | '2026-01-03 .. 2026-01-01' is not a range
            years: {2026: {holidays: [{zh: 元旦, en: New Year, off: 2062-01-01}]}}                      | 2062-01-01 is not in or next to 2026
            years: {2026: {holidays: [{zh: 元旦, en: New Year, off: [2026-01-01, 2026-01-01]}]}}         | 2026-01-01 is listed twice as an off day
            years: {2026: {holidays: [{zh: 元旦, off: 2026-01-01}]}}                                    | 'en' is missing
            years: {2026: {holidays: [{zh: 元旦, en: New Year, off: []}]}}                              | 'off' lists no day
            years: {2026: {holidays: []}}                                                              | holidays must be a list
            years: {26: {holidays: []}}                                                                | '26' is not a year
            years: {}                                                                                  | list at least one year
            "years: [2026"                                                                             | is not valid YAML
            "# only a comment"                                                                         | is empty
            """)
    void rejects(String yaml, String message) {
        assertThatThrownBy(() -> WorkingCalendarFile.parse(new StringReader(yaml), "test.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("working-day calendar test.yaml")
                .hasMessageContaining(message);
    }

    @Test
    void aYearListedTwiceIsRejected() throws IOException {
        String shipped = shippedFile();
        String twice = shipped + shipped.substring(shipped.indexOf("  2026:"));

        assertThatThrownBy(() -> WorkingCalendarFile.parse(new StringReader(twice), "twice.yaml"))
                .hasMessageContaining("the year 2026 is listed twice");
    }

    @Test
    void aMissingFileFailsNamingTheLocation() {
        assertThatThrownBy(() -> new WorkingDayCalendar(new WorkingCalendarProperties("file:/nonexistent/calendar.yaml"),
                new DefaultResourceLoader(), new SimpleMeterRegistry(), "Asia/Shanghai"))
                .hasMessageContaining("file:/nonexistent/calendar.yaml not found");
    }

    @Test
    void anAdministratorsFileOutsideTheJarReplacesTheShippedOne(@TempDir Path dir) throws IOException {
        // e.g. a file kept in /etc/casedesk that holds only the years still relevant
        String shipped = shippedFile();
        Path file = Files.writeString(dir.resolve("calendar.yaml"),
                "years:\n" + shipped.substring(shipped.indexOf("  2026:")), StandardCharsets.UTF_8);

        WorkingDayCalendar workingDays = new WorkingDayCalendar(new WorkingCalendarProperties("file:" + file),
                new DefaultResourceLoader(), new SimpleMeterRegistry(), "Asia/Shanghai");

        assertThat(workingDays.loadedYears()).containsExactly(2026);
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
    }

    @Test
    void theShippedFileHoldsExactlyTheOfficialDays() throws IOException {
        WorkingCalendarFile file = WorkingCalendarFile.parse(new StringReader(shippedFile()), "shipped");

        long off2025 = LocalDate.of(2025, 1, 1).datesUntil(LocalDate.of(2026, 1, 1)).filter(file::isOffDay).count();
        long off2026 = LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2027, 1, 1)).filter(file::isOffDay).count();
        long work2025 = LocalDate.of(2025, 1, 1).datesUntil(LocalDate.of(2026, 1, 1)).filter(file::isMakeUpDay).count();
        long work2026 = LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2027, 1, 1)).filter(file::isMakeUpDay).count();
        // 2025: 1 + 8 + 3 + 5 + 3 + 8; 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7 (holidays-cn.md)
        assertThat(off2025).isEqualTo(28);
        assertThat(off2026).isEqualTo(33);
        assertThat(work2025).isEqualTo(5);
        assertThat(work2026).isEqualTo(6);
    }

    private static String shippedFile() throws IOException {
        try (InputStream in = new ClassPathResource("calendar/cn-working-calendar.yaml").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
