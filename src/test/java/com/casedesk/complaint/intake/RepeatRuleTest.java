package com.casedesk.complaint.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.BusinessLine;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintCategory;
import com.casedesk.complaint.ComplaintStatus;
import com.casedesk.complaint.ComplaintSubmission;
import com.casedesk.support.UnitTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

    @Test
    void newFactsAreComparedWithTheLatestFactsSoTheSameNewMaterialSentAgainIsNotNew() {
        var original = new RepeatRule.Statement("赔付", "拒赔");
        var firstRepeat = new RepeatRule.Statement("赔付", "拒赔，另有新证据");

        assertThat(RepeatRule.hasNewFacts(List.of(original), firstRepeat)).isTrue();
        // the case now knows the new material: the same text again, or with other blanks, is nothing new
        assertThat(RepeatRule.hasNewFacts(List.of(original, firstRepeat), firstRepeat)).isFalse();
        assertThat(RepeatRule.hasNewFacts(List.of(original, firstRepeat),
                new RepeatRule.Statement(" 赔付", "拒赔，另有新证据\n"))).isFalse();
        // nor is going back to the original wording
        assertThat(RepeatRule.hasNewFacts(List.of(original, firstRepeat), original)).isFalse();
        assertThat(RepeatRule.hasNewFacts(List.of(original, firstRepeat),
                new RepeatRule.Statement("赔付", "拒赔，另有新证据，并附录音"))).isTrue();
    }

    @Test
    void aMergeRegradesOnlyUpwardLevelOneIsTheMostSevere() {
        assertThat(RepeatRule.raisesGrade(2, 1)).isTrue();
        assertThat(RepeatRule.raisesGrade(2, 2)).isFalse();
        assertThat(RepeatRule.raisesGrade(1, 3)).isFalse();
    }

    @Test
    void theMergedCaseIsGradedOnTheMostSevereOfBothSubmissions() {
        Map<String, Object> open = Map.of("jointComplainants", 1, "claimedAmount", 600000.0, "agitated", true,
                "massIncident", false, "channel", "ONLINE");
        Map<String, Object> repeat = Map.of("jointComplainants", 25, "claimedAmount", 1000.0, "agitated", false,
                "massIncident", true, "channel", "LETTER");

        Map<String, Object> merged = RepeatRule.mergedGradingInput(open, repeat);

        assertThat(merged).containsEntry("jointComplainants", 25).containsEntry("claimedAmount", 600000.0)
                .containsEntry("agitated", true).containsEntry("massIncident", true).containsEntry("channel", "ONLINE");
    }
}
