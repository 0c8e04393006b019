package com.casedesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@UnitTest
class CurrentOwnerTest {

    @Test
    void aNewUnassignedTaskIsHeldByItsFirstCandidateGroupAnAssignedOneByItsAssignee() {
        assertThat(CurrentOwner.after("Task_Investigate", "create", null, () -> List.of("dept-claims", "complaint-supervisor")))
                .isEqualTo("dept-claims");
        assertThat(CurrentOwner.after("Task_Investigate", "assignment", "li.claims", List::of)).isEqualTo("li.claims");
    }

    @Test
    void anEscalationOrProgressReportBesideTheHandlingLeavesTheOwner() {
        assertThat(CurrentOwner.after(ComplaintProcess.Elements.SUPERVISE, "create", null, () -> List.of("complaint-supervisor")))
                .isNull();
        assertThat(CurrentOwner.after(ComplaintProcess.Elements.REPORT_PROGRESS, "assignment", "li.claims", List::of))
                .isNull();
    }

    @Test
    void anUnassignmentOrATaskWithoutCandidatesNamesNobody() {
        assertThat(CurrentOwner.after("Task_Decide", "assignment", null, () -> List.of("complaint-frontline"))).isNull();
        assertThat(CurrentOwner.after("Task_Decide", "create", null, List::of)).isNull();
    }
}
