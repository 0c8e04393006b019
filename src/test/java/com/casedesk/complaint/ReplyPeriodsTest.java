package com.casedesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.complaint.ComplaintDeadlines.ReplyPeriods;
import com.casedesk.regime.PeriodName;
import com.casedesk.regime.PeriodUnit;
import com.casedesk.regime.StatutoryPeriod;
import com.casedesk.support.UnitTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The statutory reply days of a case from its pinned table's rows (Art. 18 ¶1; DISP 1.6.2R). */
@UnitTest
class ReplyPeriodsTest {

    private static StatutoryPeriod days(int amount) {
        return new StatutoryPeriod(amount, PeriodUnit.CALENDAR_DAYS, "第十八条第一款", null);
    }

    private static Map<PeriodName, StatutoryPeriod> cn(int reply, int complex, int extension, int max) {
        return Map.of(PeriodName.REPLY, days(reply), PeriodName.REPLY_COMPLEX, days(complex),
                PeriodName.EXTENSION, days(extension), PeriodName.MAX_TOTAL, days(max));
    }

    @Test
    void theShippedTableGivesTheConfiguredFigures() {
        ReplyPeriods shipped = ReplyPeriods.of(cn(15, 30, 30, 60));
        assertThat(shipped).usingRecursiveComparison().ignoringFields("article")
                .isEqualTo(ReplyPeriods.of(ClockFixtures.properties()));
        assertThat(shipped.article()).isEqualTo("第十八条第一款");
        assertThat(shipped.days(false, false)).isEqualTo(15);
        assertThat(shipped.days(true, false)).isEqualTo(30);
        assertThat(shipped.days(true, true)).isEqualTo(60);
    }

    @Test
    void aChangedTableChangesTheDaysAndTheMaximumCapsTheExtension() {
        ReplyPeriods changed = ReplyPeriods.of(cn(10, 30, 20, 60));
        assertThat(changed.days(false, false)).isEqualTo(10);
        assertThat(changed.days(true, true)).isEqualTo(50);
        ReplyPeriods capped = ReplyPeriods.of(cn(15, 30, 30, 59));
        assertThat(capped.days(true, true)).isEqualTo(59);
        assertThat(capped.days(true, false)).isEqualTo(30);
    }

    @Test
    void aFinalResponseOfEightWeeksIsFiftySixDaysWithoutComplexityOrExtension() {
        ReplyPeriods uk = ReplyPeriods.of(Map.of(PeriodName.FINAL_RESPONSE,
                new StatutoryPeriod(8, PeriodUnit.WEEKS, "DISP 1.6.2R", null)));
        assertThat(uk).isEqualTo(new ReplyPeriods(56, 56, 0, 56, "DISP 1.6.2R"));
        assertThat(uk.days(true, true)).isEqualTo(56);
    }

    @Test
    void aReplyPeriodInWorkingDaysOrWithoutItsCompanionRowsIsRefused() {
        assertThatThrownBy(() -> ReplyPeriods.of(Map.of(PeriodName.FINAL_RESPONSE,
                new StatutoryPeriod(15, PeriodUnit.BUSINESS_DAYS, "DISP 1.6.2AR", null))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("BUSINESS_DAYS");
        assertThatThrownBy(() -> ReplyPeriods.of(Map.of(PeriodName.REPLY, days(15))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("REPLY_COMPLEX");
    }
}
