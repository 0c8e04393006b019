package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.support.UnitTest;
import com.casedesk.process.StateRuleViolation;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

/** 深入调查: how much more time an investigator may ask for, and who may declare a conflict. */
@UnitTest
class InvestigationRulesTest {

    private static final int MAX = 30;

    @Test
    void theFirstRequestMayAskForOneToAllThirtyDays() {
        assertThatThrownBy(() -> Investigation.checkExtension(MAX, 0, 0)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("between 1 and 30");
        assertThatCode(() -> Investigation.checkExtension(MAX, 0, 1)).doesNotThrowAnyException();
        assertThatCode(() -> Investigation.checkExtension(MAX, 0, 30)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Investigation.checkExtension(MAX, 0, 31)).isInstanceOf(BadUserRequestException.class);
        assertThatThrownBy(() -> Investigation.checkExtension(MAX, 0, -5)).isInstanceOf(BadUserRequestException.class);
    }

    @Test
    void laterRequestsMayAskOnlyForWhatIsLeftOfTheTotal() {
        assertThatCode(() -> Investigation.checkExtension(MAX, 20, 10)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Investigation.checkExtension(MAX, 20, 11)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("between 1 and 10");
        assertThatCode(() -> Investigation.checkExtension(MAX, 29, 1)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Investigation.checkExtension(MAX, 29, 2)).isInstanceOf(BadUserRequestException.class);
    }

    @Test
    void noRequestOnceTheTotalIsUsedUpOrWhenNoExtensionIsConfigured() {
        // a state of the report (409), not a bad request
        assertThatThrownBy(() -> Investigation.checkExtension(MAX, 30, 1)).isInstanceOf(StateRuleViolation.class)
                .hasMessageStartingWith(Investigation.USED_UP).hasMessageContaining("already been extended by 30 days");
        assertThatThrownBy(() -> Investigation.checkExtension(0, 0, 1)).isInstanceOf(StateRuleViolation.class)
                .hasMessageContaining("the most allowed");
    }

    @Test
    void aConflictOfInterestIsDeclaredByAPersonNeverByTheSystem() {
        assertThatCode(() -> Investigation.checkConflictDeclarant("wb-investigator2")).doesNotThrowAnyException();
        assertThatThrownBy(() -> Investigation.checkConflictDeclarant(CaseEventLog.SYSTEM))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("not by the system");
        assertThatThrownBy(() -> Investigation.checkConflictDeclarant(null)).isInstanceOf(BadUserRequestException.class);
    }
}
