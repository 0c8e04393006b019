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
}
