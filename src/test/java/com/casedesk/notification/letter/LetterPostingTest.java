package com.casedesk.notification.letter;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.notification.NoticePurpose;
import com.casedesk.support.UnitTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The 寄送书面告知 record's rules: the posting date, the tracking number and the instant a posting proves. */
@UnitTest
class LetterPostingTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2026-12-06 15:30 in Shanghai. */
    private static final Instant NOW = Instant.parse("2026-12-06T07:30:00Z");

    @Test
    void aPostingRecordedOnItsDayProvesFromTheRecordingAndAnEarlierDayFromItsLastMoment() {
        assertThat(LetterPosting.proofAt(LocalDate.of(2026, 12, 6), NOW, SHANGHAI)).isEqualTo(NOW);
        assertThat(LetterPosting.proofAt(LocalDate.of(2026, 12, 4), NOW, SHANGHAI))
                .as("23:59:59.999 on 4 December in Shanghai").isEqualTo(Instant.parse("2026-12-04T15:59:59.999Z"));
    }

    @Test
    void thePostingDateLiesBetweenTheLettersWritingAndToday() {
        LocalDate written = LocalDate.of(2026, 12, 2);
        LocalDate today = LocalDate.of(2026, 12, 6);
        assertThat(LetterPosting.postedOnProblem(written, written, today)).isNull();
        assertThat(LetterPosting.postedOnProblem(today, written, today)).isNull();
        assertThat(LetterPosting.postedOnProblem(today.plusDays(1), written, today)).contains("future");
        assertThat(LetterPosting.postedOnProblem(written.minusDays(1), written, today)).contains("before the letter was written");
        assertThat(LetterPosting.postedOnProblem(null, written, today)).contains("required");
    }

    @Test
    void decisionLettersNeedARegisteredOrEmsNumberOthersMayGoWithout() {
        assertThat(LetterPosting.normalised(" xa 1234-5678 901 ")).isEqualTo("XA12345678901");
        assertThat(LetterPosting.normalised("  ")).isNull();
        for (String ok : new String[] {"XA12345678901", "RR123456789CN", "EA123456789CN", "1100123456789"}) {
            assertThat(LetterPosting.trackingProblem(ok, NoticePurpose.DECISION)).as(ok).isNull();
        }
        for (String bad : new String[] {"12345", "XA1234567890", "RR123456789C1", "顺丰123"}) {
            assertThat(LetterPosting.trackingProblem(bad, NoticePurpose.ACKNOWLEDGEMENT)).as(bad).contains("China Post");
        }
        assertThat(LetterPosting.trackingProblem(null, NoticePurpose.DECISION)).contains("required");
        assertThat(LetterPosting.trackingProblem(null, NoticePurpose.REVIEW_DECISION)).contains("required");
        assertThat(LetterPosting.trackingProblem(null, NoticePurpose.ACKNOWLEDGEMENT)).isNull();
        assertThat(LetterPosting.trackingProblem(null, NoticePurpose.EXTENSION)).isNull();
    }

    @Test
    void theTaskShowsTheStartOfTheAddressOnly() {
        assertThat(LetterQueue.masked("北京市朝阳区建国路88号3单元502室 张三 收")).isEqualTo("北京市朝阳区****");
        assertThat(LetterQueue.masked("上海市")).isEqualTo("****");
    }
}
