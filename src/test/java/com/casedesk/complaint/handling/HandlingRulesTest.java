package com.casedesk.complaint.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.complaint.BusinessLine;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintCategory;
import com.casedesk.complaint.ComplaintPolicy;
import com.casedesk.complaint.ComplaintStatus;
import com.casedesk.complaint.DecisionMeasure;
import com.casedesk.complaint.DecisionResult;
import com.casedesk.complaint.RootCause;
import com.casedesk.complaint.ComplaintSubmission;
import com.casedesk.support.UnitTest;
import java.math.BigDecimal;
import java.time.Instant;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

@UnitTest
class HandlingRulesTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-03T02:00:00Z");

    @Test
    void satisfiedOnTheSpotOnlyWithAResolutionOnTheSpot() {
        assertThat(HandlingRules.satisfiedOnSpot(true, true)).isTrue();
        assertThat(HandlingRules.satisfiedOnSpot(true, false)).isFalse();
        assertThat(HandlingRules.satisfiedOnSpot(false, true)).isFalse();
    }

    @Test
    void aComplainantSatisfiedOnTheSpotNeedsNoCallbackTheCaseIsDecidedWithOnSpotFindings() {
        Complaint complaint = complaint();

        HandlingRules.resolveOnSpot(complaint,
                new HandlingRules.OnSpot(DecisionResult.UPHELD, "当场退费", RootCause.SERVICE_QUALITY, true), NOW, "li.frontline");

        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.DECIDED);
        assertThat(complaint.getFindings()).isEqualTo("当场核实");
        assertThat(complaint.getRootCause()).isEqualTo("SERVICE_QUALITY");
        assertThat(complaint.getDecidedBy()).isEqualTo("li.frontline");
        assertThat(complaint.getDecidedAt()).isEqualTo(NOW);
        assertThat(complaint.getCompensationAmount()).isNull();
        assertThat(complaint.getCallbackOutcome()).isEqualTo("SATISFIED");
    }

    @Test
    void resolvedOnTheSpotButNotSatisfiedTheCaseStillWaitsForItsCallback() {
        Complaint complaint = complaint();

        HandlingRules.resolveOnSpot(complaint,
                new HandlingRules.OnSpot(DecisionResult.NOT_UPHELD, "解释说明", RootCause.NO_FAULT, false), NOW, "li.frontline");

        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.DECIDED);
        assertThat(complaint.getCallbackOutcome()).isNull();
    }

    @Test
    void theLastAllowedUnsatisfiedRoundGoesToTheSupervisorTheOneBeforeIsHandledAgain() {
        Complaint complaint = complaint();
        int maxRounds = 2;
        assertThat(ComplaintPolicy.anotherRoundAfterUnsatisfied(complaint.getHandlingRound(), maxRounds)).isTrue();

        int round = HandlingRules.reopen(complaint, "complaint-frontline");

        assertThat(round).isEqualTo(2);
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.IN_HANDLING);
        assertThat(complaint.getCurrentOwner()).isEqualTo("complaint-frontline");
        assertThat(ComplaintPolicy.anotherRoundAfterUnsatisfied(round, maxRounds)).isFalse();
    }

    @Test
    void aCallbackIsSatisfiedUnsatisfiedOrUnreachableNothingElse() {
        assertThat(HandlingRules.callbackOutcome("UNREACHABLE")).isEqualTo("UNREACHABLE");
        assertThatThrownBy(() -> HandlingRules.callbackOutcome("satisfied"))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageStartingWith("callbackOutcome must be one of");
    }

    @Test
    void theSupervisorEitherHasTheCaseHandledAgainOrClosesIt() {
        assertThat(HandlingRules.supervisorOutcome("REHANDLE")).isEqualTo("REHANDLE");
        assertThat(HandlingRules.supervisorOutcome("CLOSE")).isEqualTo("CLOSE");
        assertThatThrownBy(() -> HandlingRules.supervisorOutcome("ESCALATE"))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("supervisorOutcome must be REHANDLE or CLOSE");
    }

    @Test
    void theDecisionEventNamesMeasureAndCompensationOnlyWhenGiven() {
        assertThat(HandlingRules.decisionDetail(new HandlingRules.Decision(DecisionResult.PARTIALLY_UPHELD,
                DecisionMeasure.COMPENSATION, "部分赔付", new BigDecimal("5000.50"))))
                .isEqualTo("部分支持 (PARTIALLY_UPHELD)，赔偿, 赔偿 5000.50 元");
        assertThat(HandlingRules.decisionDetail(new HandlingRules.Decision(DecisionResult.NOT_UPHELD, null, "不支持", null)))
                .isEqualTo("不支持 (NOT_UPHELD)");
    }

    @Test
    void anEmptyNoteLeavesTheEventTextAsItIs() {
        assertThat(HandlingRules.withNote("SATISFIED", null)).isEqualTo("SATISFIED");
        assertThat(HandlingRules.withNote("SATISFIED", "")).isEqualTo("SATISFIED");
        assertThat(HandlingRules.withNote("SATISFIED", "很满意")).isEqualTo("SATISFIED: 很满意");
    }

    private static Complaint complaint() {
        var submission = new ComplaintSubmission(Channel.BRANCH,
                new ComplaintSubmission.Complainant("张三", null, "13800000000", null), null,
                BusinessLine.INSURANCE, ComplaintCategory.SERVICE_QUALITY, "道歉", "柜员态度差", null, null, null);
        return Complaint.register("TS-2026-000001", submission, RECEIVED, RECEIVED.plusSeconds(86_400 * 15), "li.frontline");
    }
}
