package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.FormRequirements;
import com.casedesk.support.UnitTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * What the service checks before a person's complete (WbInputRules) is what the task's form
 * requires: each field is a required field of the form the model gives the task, with the same limit,
 * and the refusal names it by the form's Chinese label.
 */
@UnitTest
class WbInputRulesTest {

    @Test
    void everyCheckedFieldIsARequiredFieldOfItsTasksFormWithTheSameLimitAndLabel() throws IOException {
        assertThat(FormRequirements.assertRequiredByTheirForms(WbInputRules.REQUIRED)).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void theRadiosAndTheFieldsOfOneAnswerAreCheckedAsTheFormsShowThem() throws IOException {
        assertThat(FormRequirements.assertRequiredByTheirForms(WbInputRules.REQUIRED)).contains(
                "whistleblowing-handling/Task_Assess authenticity", "whistleblowing-handling/Task_Assess urgency",
                "whistleblowing-handling/Task_Assess admissibility", "whistleblowing-handling/Task_Assess refusalReason",
                "whistleblowing-handling/Task_Assess supplementRequest",
                "whistleblowing-handling/Task_Investigate investigationOutcome",
                "whistleblowing-handling/Task_Investigate opinion", "whistleblowing-handling/Task_Investigate extensionReason",
                "whistleblowing-handling/Task_Investigate conflictNote", "whistleblowing-handling/Task_Decide decision",
                "whistleblowing-handling/Task_ProtectionCheck retaliationRisk");
    }
}
