package com.casedesk.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintCategory;
import com.casedesk.support.UnitTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The arrival profile file: the default as shipped, and what makes a file unusable. */
@UnitTest
class ArrivalProfileTest {

    @Test
    void theDefaultProfileCoversEveryChannelAndCategoryInEnumOrder() {
        ArrivalProfile profile = ArrivalProfile.defaults();

        assertThat(profile.problems()).isEmpty();
        assertThat(profile.channels().keySet()).containsExactly(Channel.values());
        assertThat(profile.categories().keySet()).containsExactly(ComplaintCategory.values());
        assertThat(profile.amountBands().keySet()).containsExactly("none", "0-10k", "10k-50k", "50k-500k", "500k+");
        assertThat(profile.days().postHolidayPeak()).isEqualTo(new ArrivalProfile.PostHolidayPeak(7, 2.0, 3));
    }

    @Test
    void itsAssumptionsReadInAFewLines() {
        assertThat(ArrivalProfile.defaults().assumptions()).hasSize(8).contains(
                "post-holiday peak: the first working day after 7 or more days off ×2.0, back to ×1 over 3 working days",
                "joint complainants: 1 98.5 %, 2–5 1.2 %, 6–19 0.2 %, 20–60 0.1 %")
                .anySatisfy(line -> assertThat(line).startsWith("channels: HOTLINE 40 % (weekend ×0.35, holiday ×0.15, hours staffed), ONLINE 18 %"))
                .anySatisfy(line -> assertThat(line).startsWith("amount bands: none 30 %, 0-10k 42 %, 10k-50k 20 %, 50k-500k 7.5 %, 500k+ 0.5 %"));
    }

    @Test
    void aCopyWrittenToAFileReadsBackTheSame(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("arrivals.yaml");
        try (var in = ArrivalProfile.class.getResourceAsStream("/" + ArrivalProfile.DEFAULT_RESOURCE)) {
            Files.copy(in, copy);
        }
        assertThat(ArrivalProfile.read(copy)).isEqualTo(ArrivalProfile.defaults());
    }

    @Test
    void everyProblemIsNamedByItsPlace() {
        String yaml = """
                channels:
                  HOTLINE: {share: 0.7, weekend: 0.3, holiday: 0.1, hours: staffed}
                  ONLINE: {share: 0.2, weekend: -1, holiday: 0.1, hours: nights}
                hours:
                  staffed: [1, 2, 3]
                days:
                  workingDayOfWeek: [1, 1, 1, 1, 1]
                  months: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
                  postHolidayPeak: {minHolidayDays: 2, factor: 0.5, workingDays: 3}
                categories: {CLAIM_DISPUTE: 1}
                businessLines: {INSURANCE: 1}
                amountBands: {none: 0.5, 1m+: 0.5}
                flags: {AGITATED: 1.5}
                jointComplainants:
                  - {from: 1, to: 1, p: 0.9}
                  - {from: 5, to: 2, p: 0.1}
                """;

        assertThatThrownBy(() -> ArrivalProfile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "mine.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("mine.yaml: ")
                .hasMessageContainingAll("channels: shares sum to 0.8999999999999999, not 1",
                        "channels.ONLINE: share, weekend and holiday of 0 or more", "channels.ONLINE.hours: one of [staffed]",
                        "hours.staffed: 24 weights", "days.workingDayOfWeek: 7 weights",
                        "days.postHolidayPeak: minHolidayDays of 3 or more", "amountBands.1m+: one of none, 0-10k",
                        "flags.AGITATED: a probability from 0 to 1", "jointComplainants[1]: from of 1 or more, to of from or more");
    }

    @Test
    void anUnknownNameIsRefusedWithItsLine() {
        String yaml = "channels:\n  PIGEON: {share: 1, weekend: 1, holiday: 1, hours: staffed}\n";

        assertThatThrownBy(() -> ArrivalProfile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "mine.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("mine.yaml: ", "PIGEON", "(line 2)");
    }
}
