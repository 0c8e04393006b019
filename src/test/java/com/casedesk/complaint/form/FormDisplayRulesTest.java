package com.casedesk.complaint.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.casefile.CaseEvent;
import com.casedesk.complaint.ComplaintStatus;
import com.casedesk.support.UnitTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the complaint forms show, as plain rules: the previous round from the event log, the compensation warning. */
@UnitTest
class FormDisplayRulesTest {

    private final List<CaseEvent> log = new ArrayList<>();

    @Test
    void aNewRoundShowsThePreviousRoundsDecisionInLabelsAndTheComplainantsReason() {
        event("DECISION_RECORDED", "支持投诉请求 (UPHELD)，解释说明, 赔偿 200 元");
        event("CALLBACK_RECORDED", "UNSATISFIED: 赔偿金额太低");
        event("REOPENED", "客户不满意，第2轮处理 (round 2)");
        event("FINDINGS_RECORDED", "第二轮调查");

        PreviousRound.Outcome previous = PreviousRound.of(log, true);

        assertThat(previous.result()).isEqualTo("支持投诉请求，解释说明, 赔偿 200 元");
        assertThat(previous.reason()).isEqualTo("不满意：赔偿金额太低");
    }

    @Test
    void theThirdRoundShowsTheSecondNotTheFirst() {
        event("DECISION_RECORDED", "不支持 (NOT_UPHELD)");
        event("CALLBACK_RECORDED", "UNSATISFIED: 第一轮理由");
        event("REOPENED", "round 2");
        event("DECISION_RECORDED", "部分支持 (PARTIALLY_UPHELD)");
        event("CALLBACK_RECORDED", "UNSATISFIED: 第二轮理由");
        event("REOPENED", "round 3");
        // the supervisor's review looks at the round just finished, not the one before a reopening
        assertThat(PreviousRound.of(log, true)).isEqualTo(new PreviousRound.Outcome("部分支持", "不满意：第二轮理由"));
    }

    @Test
    void theSupervisorReviewingAnUnsatisfiedComplainantSeesTheRoundJustFinished() {
        event("DECISION_RECORDED", "不支持 (NOT_UPHELD)");
        event("CALLBACK_RECORDED", "UNSATISFIED: 不认可调查结论");
        assertThat(PreviousRound.of(log, false)).isEqualTo(new PreviousRound.Outcome("不支持", "不满意：不认可调查结论"));
    }

    @Test
    void aRoundReopenedByAReviewGivesTheReopeningAsTheReason() {
        event("DECISION_RECORDED", "不支持 (NOT_UPHELD)");
        event("REOPENED", "核查撤销原处理决定，第2轮");
        assertThat(PreviousRound.of(log, true)).isEqualTo(new PreviousRound.Outcome("不支持", "核查撤销原处理决定，第2轮"));
    }

    @Test
    void aCallbackOfAnEarlierDecisionIsNotTheReasonForTheLatest() {
        event("CALLBACK_RECORDED", "UNSATISFIED: 旧理由");
        event("DECISION_RECORDED", "不支持 (NOT_UPHELD)");
        assertThat(PreviousRound.of(log, false).reason()).isNull();
    }

    @Test
    void compensationAboveTheClaimOrWithoutAClaimIsWarnedAbout() {
        assertThat(Labels.exceeds(new BigDecimal("15000"), new BigDecimal("200"))).isTrue();
        assertThat(Labels.exceeds(new BigDecimal("200.01"), new BigDecimal("200.00"))).isTrue();
        assertThat(Labels.exceeds(new BigDecimal("200.00"), new BigDecimal("200"))).isFalse();
        assertThat(Labels.exceeds(new BigDecimal("100"), null)).isTrue();
        assertThat(Labels.exceeds(null, new BigDecimal("200"))).isFalse();
        assertThat(Labels.exceeds(BigDecimal.ZERO, null)).isFalse();
        assertThat(Labels.compensationWarning(new BigDecimal("15000.00"), new BigDecimal("200.00")))
                .startsWith("赔偿金额 15000 元超过投诉请求金额 200 元");
    }

    @Test
    void everyStatusHasAChineseLabel() {
        for (ComplaintStatus status : ComplaintStatus.values()) {
            assertThat(Labels.status(status)).as(status.name()).isNotEqualTo(status.name()).matches(".*\\p{IsHan}.*");
        }
    }

    private void event(String type, String detail) {
        log.add(new CaseEvent((long) log.size(), "C-1", Instant.EPOCH, "someone", type, detail));
    }
}
