package com.casedesk.complaint.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.BusinessLine;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintCategory;
import com.casedesk.complaint.ComplaintStatus;
import com.casedesk.complaint.ComplaintSubmission;
import com.casedesk.support.UnitTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@UnitTest
class RepeatRuleTest {

    private static final String ID = "11010519491231002X";
    private static final RepeatRule.Key OPEN = new RepeatRule.Key("张三", ID, "CLAIM_DISPUTE", "北京分行");

    @Test
    void sameNameAndSameIdNumberMergeSameNameAndAnotherIdNumberDoesNot() {
        assertThat(RepeatRule.mergesInto(ComplaintStatus.IN_HANDLING, OPEN,
                new RepeatRule.Key("张三", ID, "CLAIM_DISPUTE", "北京分行"))).isTrue();
        assertThat(RepeatRule.mergesInto(ComplaintStatus.IN_HANDLING, OPEN,
                new RepeatRule.Key("张三", "110105194912310038", "CLAIM_DISPUTE", "北京分行"))).isFalse();
    }

    @Test
    void theIdNumberAloneIsNotThePerson() {
        assertThat(RepeatRule.mergesInto(ComplaintStatus.IN_HANDLING, OPEN,
                new RepeatRule.Key("李四", ID, "CLAIM_DISPUTE", "北京分行"))).isFalse();
    }

    @Test
    void theCheckLetterMayBeTypedInEitherCase() {
        assertThat(RepeatRule.mergesInto(ComplaintStatus.IN_HANDLING, OPEN,
                new RepeatRule.Key("张三", "11010519491231002x", "CLAIM_DISPUTE", "北京分行"))).isTrue();
    }

    @Test
    void anotherCategoryOrUnitIsAnotherComplaintNoUnitOnEitherSideIsTheSame() {
        assertThat(RepeatRule.mergesInto(ComplaintStatus.IN_HANDLING, OPEN,
                new RepeatRule.Key("张三", ID, "SALES_DISPUTE", "北京分行"))).isFalse();
        assertThat(RepeatRule.mergesInto(ComplaintStatus.IN_HANDLING, OPEN,
                new RepeatRule.Key("张三", ID, "CLAIM_DISPUTE", "上海分行"))).isFalse();
        assertThat(RepeatRule.mergesInto(ComplaintStatus.IN_HANDLING, new RepeatRule.Key("张三", ID, "CLAIM_DISPUTE", null),
                new RepeatRule.Key("张三", ID, "CLAIM_DISPUTE", null))).isTrue();
    }

    @Test
    void onlyWhileTheCaseIsOpenADecidedCaseAwaitingItsCallbackIsStillOpen() {
        RepeatRule.Key same = new RepeatRule.Key("张三", ID, "CLAIM_DISPUTE", "北京分行");
        assertThat(RepeatRule.mergesInto(ComplaintStatus.FEEDBACK_SENT, OPEN, same)).isTrue();
        assertThat(RepeatRule.mergesInto(ComplaintStatus.CLOSED, OPEN, same)).isFalse();
        assertThat(RepeatRule.mergesInto(ComplaintStatus.WITHDRAWN, OPEN, same)).isFalse();
        assertThat(RepeatRule.mergesInto(ComplaintStatus.MERGED, OPEN, same)).isFalse();
    }

    @Test
    void aSubmissionWithoutIdNumberIsNeverRecognised() {
        var submission = new ComplaintSubmission(Channel.ONLINE,
                new ComplaintSubmission.Complainant(" 张三 ", " ", "13800000000", null),
                new ComplaintSubmission.Respondent(" ", "王五"), BusinessLine.INSURANCE, ComplaintCategory.CLAIM_DISPUTE,
                "赔付", "拒赔", null, null, null);
        RepeatRule.Key key = RepeatRule.Key.of(submission);

        assertThat(key).isEqualTo(new RepeatRule.Key("张三", null, "CLAIM_DISPUTE", null));
        assertThat(RepeatRule.identifiable(key)).isFalse();
        assertThat(RepeatRule.mergesInto(ComplaintStatus.IN_HANDLING, new RepeatRule.Key("张三", null, "CLAIM_DISPUTE", null),
                key)).isFalse();
    }

    @Test
    void staffLinkOnlyCasesStillBeingHandledBeforeAnyDecision() {
        Instant decided = Instant.parse("2026-03-02T08:00:00Z");
        assertThat(RepeatRule.linkable(ComplaintStatus.RECEIVED, null)).isTrue();
        assertThat(RepeatRule.linkable(ComplaintStatus.IN_HANDLING, null)).isTrue();
        // a regraded or reopened case is back IN_HANDLING but keeps its earlier decision
        assertThat(RepeatRule.linkable(ComplaintStatus.IN_HANDLING, decided)).isFalse();
        assertThat(RepeatRule.linkable(ComplaintStatus.DECIDED, decided)).isFalse();
    }

    @Test
    void newFactsRestartTheClockOnlyWhenReceivedAfterItLastStarted() {
        Instant started = Instant.parse("2026-03-01T08:00:00Z");
        assertThat(RepeatRule.hasNewFacts("赔付", "拒赔", " 赔付\n", "拒赔 ")).isFalse();
        assertThat(RepeatRule.hasNewFacts("赔付", "拒赔", "赔付", "拒赔，另有新证据")).isTrue();
        assertThat(RepeatRule.hasNewFacts("赔付", "拒赔", "赔付并道歉", "拒赔")).isTrue();

        assertThat(RepeatRule.restartsClock(true, started.plusSeconds(1), started)).isTrue();
        assertThat(RepeatRule.restartsClock(true, started, started)).isFalse();
        assertThat(RepeatRule.restartsClock(false, started.plusSeconds(1), started)).isFalse();
    }
}
