package com.casedesk.complaint.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.FormRequirements;
import com.casedesk.support.UnitTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * What the service checks before a person's complete (ComplaintInputRules) is what the task's form
 * requires: each field is a required field of the form the model gives the task, with the same limit,
 * and the refusal names it by the form's Chinese label.
 */
@UnitTest
class ComplaintInputRulesTest {

    @Test
    void everyCheckedFieldIsARequiredFieldOfItsTasksFormWithTheSameLimitAndLabel() throws IOException {
        assertThat(FormRequirements.assertRequiredByTheirForms(ComplaintInputRules.REQUIRED)).hasSizeGreaterThanOrEqualTo(16);
    }

    @Test
    void theChoicesEveryCompletionNeedsAreCheckedAgainstTheirFormsValues() throws IOException {
        assertThat(FormRequirements.assertRequiredByTheirForms(ComplaintInputRules.REQUIRED)).contains(
                "complaint-handling/Task_Decide result", "complaint-handling/Task_Decide measure",
                "complaint-handling/Task_Investigate rootCause", "complaint-handling/Task_ApproveCompensation compensationApproved",
                "complaint-handling/Task_SatisfactionCallback callbackOutcome",
                "complaint-handling/Task_ReviewUnsatisfied supervisorOutcome");
    }

    @Test
    void theChoicesOfOneBranchAreCheckedOnThatBranchAsTheirFormShowsThem() throws IOException {
        assertThat(FormRequirements.assertRequiredByTheirForms(ComplaintInputRules.REQUIRED)).contains(
                "complaint-handling/Task_FrontlineResolve resolvedOnSpot", "complaint-handling/Task_FrontlineResolve result",
                "complaint-handling/Task_FrontlineResolve rootCause", "complaint-handling/Task_FrontlineResolve resolution",
                "complaint-handling/Task_OrganiseInvestigation investigationGroup",
                "complaint-handling/Task_EmergencyMeeting investigationGroup");
    }
}
