package com.casedesk.whatif;

import static com.casedesk.whatif.ArrivalFixtures.AS_SHIPPED;
import static com.casedesk.whatif.ArrivalFixtures.SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.support.UnitTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A year whose working days are unknown is refused, with the reason and what to do. */
@UnitTest
class ArrivalCalendarTest {

    private static final ArrivalCalendar LOADED_2024_TO_2027 = new ArrivalCalendar(d -> true,
            new TreeSet<>(List.of(2024, 2025, 2026, 2027)), SHANGHAI);

    @Test
    void aYearTheCalendarDoesNotHoldIsRefused() {
        assertThatThrownBy(() -> Arrivals.generate(2031, 10, 1, ArrivalProfile.defaults(), LOADED_2024_TO_2027))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the working-day calendar has no entry for 2031 (loaded: 2024–2027): load the State Council's"
                        + " notice for 2031 into casedesk.calendar.location first (docs/working-days.md)");
    }

    @Test
    void theYearAfterIsNotRequiredButNamedSinceDecembersCasesRunIntoIt() {
        assertThat(Arrivals.generate(2027, 10, 1, ArrivalProfile.defaults(), LOADED_2024_TO_2027)).hasSize(10);
        assertThat(LOADED_2024_TO_2027.nextYearMissing(2027)).contains("the working-day calendar has no entry for 2028"
                + " (loaded: 2024–2027): deadlines of cases received late in 2027 that fall in 2028 are counted by weekends only");
        assertThat(LOADED_2024_TO_2027.nextYearMissing(2026)).isEmpty();
    }

    @Test
    void theShippedCalendarHolds2025And2026() {
        assertThat(Arrivals.generate(2026, 10, 1, ArrivalProfile.defaults(), AS_SHIPPED)).hasSize(10);
        assertThat(AS_SHIPPED.nextYearMissing(2026)).isPresent();
        assertThatThrownBy(() -> Arrivals.generate(2027, 10, 1, ArrivalProfile.defaults(), AS_SHIPPED))
                .hasMessageStartingWith("the working-day calendar has no entry for 2027 (loaded: 2025–2026)");
        assertThat(Arrivals.generate(2025, 10, 1, ArrivalProfile.defaults(), AS_SHIPPED)).hasSize(10);
    }

    @Test
    void readingACsvIsRefusedAlikeBeforeTheFileIsRead(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("arrivals.csv");
        Files.writeString(csv, "not even a header\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Arrivals.fromCsv(csv, 2031, 1, LOADED_2024_TO_2027))
                .hasMessageStartingWith("the working-day calendar has no entry for 2031 (loaded: 2024–2027)");
    }

    @Test
    void loadedYearsAreWrittenAsRanges() {
        assertThat(ArrivalCalendar.ranges(new TreeSet<>())).isEqualTo("none");
        assertThat(ArrivalCalendar.ranges(new TreeSet<>(List.of(2025)))).isEqualTo("2025");
        assertThat(ArrivalCalendar.ranges(new TreeSet<>(List.of(2022, 2024, 2025, 2026, 2028)))).isEqualTo("2022, 2024–2026, 2028");
    }
}
