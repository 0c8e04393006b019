package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.support.UnitTest;
import com.casedesk.whistleblowing.CommitteeReview.Extension;
import com.casedesk.whistleblowing.WbProperties.CountFrom;
import com.casedesk.whistleblowing.WbProperties.Regime;
import com.casedesk.whistleblowing.WbProperties.RegimeClocks;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

/** 四眼原则 on the committee's tasks, and what an approved extension does to the deadline. */
@UnitTest
class CommitteeReviewTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final RegimeClocks CLOCKS = new RegimeClocks(Period.ofDays(15), Period.ofDays(15), Period.ofDays(60),
            CountFrom.ACCEPTANCE);
    private static final WbClock CLOCK = new WbClock(new WbProperties(Regime.CN, SHANGHAI, CLOCKS, CLOCKS, 30,
            Duration.ofDays(30), Duration.ofDays(7), Duration.ofDays(10), Period.ofDays(180)), Clock.systemUTC());

    private static Date endOfDay(int y, int m, int d) {
        return Date.from(ZonedDateTime.of(y, m, d, 23, 59, 59, 0, SHANGHAI).toInstant());
    }

    @Test
    void theInvestigatorMayNotDecideTheirOwnReport() {
        assertThatThrownBy(() -> CommitteeReview.fourEyes("处理决定", "wb-investigator", "wb-investigator",
                CommitteeReview.INVESTIGATOR)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("四眼原则").hasMessageContaining("investigator");
        assertThatCode(() -> CommitteeReview.fourEyes("处理决定", "wb-committee", "wb-investigator",
                CommitteeReview.INVESTIGATOR)).doesNotThrowAnyException();
    }

    @Test
    void theRequesterMayNotApproveTheirOwnExtension() {
        assertThatThrownBy(() -> CommitteeReview.fourEyes("延期审批", "wb-investigator", "wb-investigator",
                CommitteeReview.REQUESTER)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("requester of the extension");
        assertThatCode(() -> CommitteeReview.fourEyes("延期审批", "wb-committee2", "wb-investigator",
                CommitteeReview.REQUESTER)).doesNotThrowAnyException();
    }

    @Test
    void nobodyIsBarredWhenNoOneIsRecordedAndTheSystemIsNobodysSecondPairOfEyes() {
        assertThatCode(() -> CommitteeReview.fourEyes("处理决定", "wb-committee", null, CommitteeReview.INVESTIGATOR))
                .doesNotThrowAnyException();
        assertThatCode(() -> CommitteeReview.fourEyes("处理决定", null, "wb-investigator", CommitteeReview.INVESTIGATOR))
                .doesNotThrowAnyException();
        assertThatCode(() -> CommitteeReview.fourEyes("处理决定", CaseEventLog.SYSTEM, CaseEventLog.SYSTEM,
                CommitteeReview.INVESTIGATOR)).doesNotThrowAnyException();
    }

    @Test
    void anApprovedExtensionMovesTheDueDateAndAddsToTheTotal() {
        Extension first = new Extension(endOfDay(2027, 1, 1), 0).by(20, CLOCK);
        assertThat(first).isEqualTo(new Extension(endOfDay(2027, 1, 21), 20));
        assertThat(first.by(10, CLOCK)).isEqualTo(new Extension(endOfDay(2027, 1, 31), 30));
    }
}
