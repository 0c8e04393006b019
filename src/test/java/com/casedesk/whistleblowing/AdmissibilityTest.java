package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.support.UnitTest;
import com.casedesk.whistleblowing.Admissibility.Assessment;
import com.casedesk.whistleblowing.Admissibility.Authenticity;
import com.casedesk.whistleblowing.Admissibility.Urgency;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 初步评估: each reason a report is admitted, refused or sent back for a supplement. */
@UnitTest
class AdmissibilityTest {

    private static Assessment assessment(Authenticity authenticity, AdmissibilityOutcome outcome,
                                         AdmissibilityRefusal refusal, String supplement) {
        return new Assessment(authenticity, Urgency.NORMAL, outcome, refusal, supplement, null, null, null);
    }

    @ParameterizedTest
    @EnumSource(value = Authenticity.class, names = {"CREDIBLE", "UNCERTAIN"})
    void aCredibleOrUncertainReportIsAdmitted(Authenticity authenticity) {
        assertThatCode(() -> Admissibility.check(assessment(authenticity, AdmissibilityOutcome.ADMITTED, null, null)))
                .doesNotThrowAnyException();
    }

    @Test
    void aReportAssessedAsNotCredibleIsNotAdmittedButMayBeRefusedOrSentBackForASupplement() {
        assertThatThrownBy(() -> Admissibility.check(assessment(Authenticity.NOT_CREDIBLE, AdmissibilityOutcome.ADMITTED,
                null, null))).isInstanceOf(BadUserRequestException.class).hasMessageContaining("NOT_CREDIBLE");
        assertThatCode(() -> Admissibility.check(assessment(Authenticity.NOT_CREDIBLE, AdmissibilityOutcome.REFUSED,
                AdmissibilityRefusal.NO_SPECIFIC_FACTS, null))).doesNotThrowAnyException();
        assertThatCode(() -> Admissibility.check(assessment(Authenticity.NOT_CREDIBLE, AdmissibilityOutcome.SUPPLEMENT,
                null, "请提供转账记录"))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(AdmissibilityRefusal.class)
    void aRefusalWithAnyOfItsReasonsStandsAndTheReporterIsToldTheReasonsWording(AdmissibilityRefusal reason) {
        assertThatCode(() -> Admissibility.check(assessment(Authenticity.CREDIBLE, AdmissibilityOutcome.REFUSED, reason,
                null))).doesNotThrowAnyException();
        assertThat(reason.wording()).isNotBlank().doesNotContain(reason.name());
    }

    @Test
    void aRefusalWithoutItsReasonIsRefused() {
        assertThatThrownBy(() -> Admissibility.check(assessment(Authenticity.UNCERTAIN, AdmissibilityOutcome.REFUSED,
                null, null))).isInstanceOf(BadUserRequestException.class).hasMessageContaining("refusalReason");
    }

    @Test
    void aSupplementRequestNeedsItsText() {
        for (String missing : new String[] {null, "", "  \n"}) {
            assertThatThrownBy(() -> Admissibility.check(assessment(Authenticity.CREDIBLE, AdmissibilityOutcome.SUPPLEMENT,
                    null, missing))).isInstanceOf(BadUserRequestException.class).hasMessageContaining("supplementRequest");
        }
        assertThatCode(() -> Admissibility.check(assessment(Authenticity.CREDIBLE, AdmissibilityOutcome.SUPPLEMENT, null,
                "x"))).doesNotThrowAnyException();
    }

    @Test
    void theEventSaysTheReasonOrTheDueDateAndHowManyWereRecusedButNoBlankNote() {
        Assessment refused = new Assessment(Authenticity.UNCERTAIN, Urgency.URGENT, AdmissibilityOutcome.REFUSED,
                AdmissibilityRefusal.NOT_IN_REMIT, null, "  ", null, null);
        assertThat(Admissibility.detail(refused, 0, null))
                .isEqualTo("REFUSED，真实性 UNCERTAIN，紧急程度 URGENT，不予受理理由 NOT_IN_REMIT");
        Assessment admitted = new Assessment(Authenticity.CREDIBLE, Urgency.NORMAL, AdmissibilityOutcome.ADMITTED, null,
                null, "涉及两名员工", null, null);
        assertThat(Admissibility.detail(admitted, 1, "2027-01-04"))
                .isEqualTo("ADMITTED，真实性 CREDIBLE，紧急程度 NORMAL，回避人员 1 名，调查意见期限 2027-01-04；涉及两名员工");
        Assessment supplement = new Assessment(Authenticity.CREDIBLE, Urgency.NORMAL, AdmissibilityOutcome.SUPPLEMENT, null,
                "请提供转账记录", null, null, null);
        assertThat(Admissibility.detail(supplement, 0, null)).isEqualTo("SUPPLEMENT，真实性 CREDIBLE，紧急程度 NORMAL");
    }

    @Test
    void aSupplementThatNeverCameIsARefusalForLackOfSpecificFacts() {
        assertThat(Supplements.TIMED_OUT).isEqualTo(AdmissibilityRefusal.NO_SPECIFIC_FACTS);
    }
}
