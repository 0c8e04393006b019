package com.casedesk.regime;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.security.StaffGroups;
import com.casedesk.support.UnitTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

@UnitTest
class ApprovalRuleTest {

    private static final RegimeVersions.Version PENDING = new RegimeVersions.Version("regime-cn-2020-3:2:x",
            "regime-cn-2020-3", 2, RegimeVersions.Status.PENDING, "huang", null, null);
    private static final List<String> COMPLIANCE = List.of(StaffGroups.COMPLIANCE);

    @Test
    void theDeployerCannotApproveTheirOwnVersion() {
        assertThat(ApprovalRule.refusal(PENDING, "huang", COMPLIANCE)).contains(ApprovalRule.Refusal.DEPLOYED_IT);
    }

    @Test
    void anotherComplianceMemberCan() {
        assertThat(ApprovalRule.refusal(PENDING, "li", COMPLIANCE)).isEmpty();
    }

    @Test
    void someoneOutsideComplianceCannot() {
        assertThat(ApprovalRule.refusal(PENDING, "li", List.of(StaffGroups.PROCESS_OWNER, StaffGroups.MANAGER)))
                .contains(ApprovalRule.Refusal.NOT_COMPLIANCE);
        assertThat(ApprovalRule.refusal(PENDING, null, COMPLIANCE)).contains(ApprovalRule.Refusal.NOT_COMPLIANCE);
    }

    @Test
    void anApprovedOrShippedVersionHasNothingLeftToApprove() {
        var approved = new RegimeVersions.Version("id", "regime-cn-2020-3", 2, RegimeVersions.Status.APPROVED, "huang",
                "li", Instant.EPOCH);
        var shipped = new RegimeVersions.Version("id", "regime-cn-2020-3", 1, RegimeVersions.Status.APPROVED, null,
                null, null);
        assertThat(ApprovalRule.refusal(approved, "wang", COMPLIANCE)).contains(ApprovalRule.Refusal.NOT_PENDING);
        assertThat(ApprovalRule.refusal(shipped, "wang", COMPLIANCE)).contains(ApprovalRule.Refusal.NOT_PENDING);
    }
}
