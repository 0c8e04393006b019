package com.casedesk.complaint;

import static com.casedesk.complaint.ClockFixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a new round leaves of the last one, and the statutory date that nothing moves. */
@UnitTest
class ComplaintReopeningTest {

    private static final Instant RECEIVED = local(2026, 11, 2, 9, 0, 0);

    @Test
    void aClosedCaseReopenedIsNoLongerClosedAndHasNoCallbackOfItsOwnYet() {
        Complaint c = ClockFixtures.received("C-1", RECEIVED);
        c.recordCallback("SATISFIED");
        c.close(RECEIVED.plusSeconds(86_400));

        c.reopen();

        assertThat(c.getStatus()).isEqualTo(ComplaintStatus.IN_HANDLING);
        assertThat(c.getHandlingRound()).isEqualTo(2);
        assertThat(c.getClosedAt()).isNull();
        assertThat(c.getCallbackOutcome()).isNull();
    }

    @Test
    void anUnsatisfiedRoundReopenedLeavesNoCallbackForTheNextRound() {
        Complaint c = ClockFixtures.received("C-2", RECEIVED);
        c.recordCallback("UNSATISFIED");

        c.reopen();

        assertThat(c.getCallbackOutcome()).isNull();
        assertThat(c.getClosedAt()).isNull();
    }

    @Test
    void theOriginalStatutoryDateIsTheOneAtIntakeAndStaysWhenTheClockMoves() {
        Complaint c = ClockFixtures.received("C-3", RECEIVED);
        Instant atIntake = c.getStatutoryDueBy();
        ComplaintDeadlines deadlines = ClockFixtures.deadlines(ClockFixtures.properties());

        c.classifyComplex();
        c.extend();
        c.restartClock(RECEIVED.plusSeconds(5 * 86_400));
        c.setDeadlines(deadlines.compute(c, null));

        assertThat(c.getStatutoryDueBy()).isAfter(atIntake);
        assertThat(c.getOriginalStatutoryDueBy()).isEqualTo(atIntake);
    }
}
