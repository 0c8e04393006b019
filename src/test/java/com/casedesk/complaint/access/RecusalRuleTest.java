package com.casedesk.complaint.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@UnitTest
class RecusalRuleTest {

    @Test
    void theAccusedStaffMemberIsBarredFromIntakeTheirColleagueIsNot() {
        List<String> barred = RecusalRule.barredAtIntake("zhang.accused").stream().toList();

        assertThat(RecusalRule.mayHandle("zhang.accused", barred)).isFalse();
        assertThat(RecusalRule.mayHandle("li.colleague", barred)).isTrue();
    }

    @Test
    void aComplaintNamingNoStaffIdBarsNobodyAtIntake() {
        assertThat(RecusalRule.barredAtIntake(null)).isEmpty();
        assertThat(RecusalRule.barredAtIntake(" ")).isEmpty();
    }

    @Test
    void aDeclaredConflictBarsThatPersonOnly() {
        List<String> barred = List.of("zhang.accused", "chen.relative-of-complainant");

        assertThat(RecusalRule.mayHandle("chen.relative-of-complainant", barred)).isFalse();
        assertThat(RecusalRule.mayHandle("chen.relative", barred)).isTrue();
    }

    @Test
    void theServiceItselfIsNeverBarred() {
        assertThat(RecusalRule.mayHandle(null, List.of("zhang.accused"))).isTrue();
    }
}
