package com.casedesk.complaint.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.process.TaskAction.Kind;
import com.casedesk.support.UnitTest;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

@UnitTest
class FourEyesTest {

    @Test
    void theDeciderMayNotApproveAnotherPersonMay() {
        assertThat(FourEyes.mayApprove("wang.decider", "wang.decider")).isFalse();
        assertThat(FourEyes.mayApprove("li.approver", "wang.decider")).isTrue();
    }

    @Test
    void theServiceItselfIsNoPersonAndNothingBarredBarsNobody() {
        assertThat(FourEyes.mayApprove(null, "wang.decider")).isTrue();
        assertThat(FourEyes.mayApprove("li.approver", null)).isTrue();
    }

    @Test
    void theRefusalNamesThePersonTheirRoleAndTheTask() {
        assertThatThrownBy(() -> FourEyes.require("审批赔偿", "wang.decider", "wang.decider", "decider"))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("四眼原则 (four-eyes): wang.decider is the decider and cannot also approve '审批赔偿'");
        assertThatCode(() -> FourEyes.require("审批赔偿", "li.approver", "wang.decider", "decider"))
                .doesNotThrowAnyException();
    }

    @Test
    void takingMakesTheTargetTheApproverCompletingTheActorAnythingElseNobody() {
        assertThat(FourEyes.approverOf(Kind.TAKE, "admin", "wang.decider")).isEqualTo("wang.decider");
        assertThat(FourEyes.approverOf(Kind.COMPLETE, "wang.decider", null)).isEqualTo("wang.decider");
        assertThat(FourEyes.approverOf(Kind.OTHER, "wang.decider", "wang.decider")).isNull();
    }

    @Test
    void anApprovalIsYesOrNoAsABooleanOrItsTextAnythingElseIsNoAnswer() {
        assertThat(FourEyes.answer(true)).isTrue();
        assertThat(FourEyes.answer("true")).isTrue();
        assertThat(FourEyes.answer(false)).isFalse();
        assertThat(FourEyes.answer("false")).isFalse();
        assertThat(FourEyes.answer("TRUE")).isNull();
        assertThat(FourEyes.answer("yes")).isNull();
        assertThat(FourEyes.answer(null)).isNull();
    }
}
