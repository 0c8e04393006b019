package com.casedesk.complaint.grading;

import com.casedesk.complaint.LevelPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.complaint.CaseStateConflictException;
import com.casedesk.security.StaffGroups;
import com.casedesk.support.UnitTest;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

@UnitTest
class GradingRulesTest {

    private static final LevelPolicy.Policy LEVEL_1 =
            new LevelPolicy.Policy(1, StaffGroups.LEADERSHIP, StaffGroups.SENIOR_MANAGEMENT, 5, 3, 5);
    private static final LevelPolicy.Policy LEVEL_2 =
            new LevelPolicy.Policy(2, StaffGroups.SUPERVISOR, StaffGroups.LEADERSHIP, 10, 5, 8);
    private static final LevelPolicy.Policy LEVEL_3 =
            new LevelPolicy.Policy(3, StaffGroups.FRONTLINE, StaffGroups.SUPERVISOR, 15, 7, 10);

    @Test
    void aGradingTableWithoutAMatchingRowIsAFaultNotADefaultLevel() {
        assertThatThrownBy(() -> GradingRules.grade(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("decision complaint-grading matched no rule");
    }

    @Test
    void theTableRowIsReadWithMajorOnlyWhenTheTableSaysTrue() {
        Map<String, Object> major = Map.of("level", 1, "reason", "群体性事件 Mass incident", "major", true);
        Map<String, Object> unset = new HashMap<>(Map.of("level", 2L, "reason", "情绪激动 Agitated"));
        unset.put("major", null);

        assertThat(GradingRules.grade(major)).isEqualTo(new GradingRules.Grade(1, "群体性事件 Mass incident", true));
        // a form or the engine may hand the level over as a Long
        assertThat(GradingRules.grade(unset)).isEqualTo(new GradingRules.Grade(2, "情绪激动 Agitated", false));
    }

    @Test
    void level3IsInvestigatedByItsHandlingGroupLevels1And2ByTheResponsibleDepartment() {
        assertThat(GradingRules.investigationGroup(LEVEL_3, StaffGroups.DEPT_CLAIMS)).isEqualTo(StaffGroups.FRONTLINE);
        assertThat(GradingRules.investigationGroup(LEVEL_2, StaffGroups.DEPT_CLAIMS)).isEqualTo(StaffGroups.DEPT_CLAIMS);
        assertThat(GradingRules.investigationGroup(LEVEL_1, StaffGroups.DEPT_SALES)).isEqualTo(StaffGroups.DEPT_SALES);
    }

    @Test
    void aRegradeToTheSameLevelIsRefusedOneLevelUpOrDownIsNot() {
        assertThatThrownBy(() -> GradingRules.requireNewLevel(2, 2))
                .isInstanceOf(CaseStateConflictException.class)
                .hasMessageContaining("The complaint already has level 2.");
        assertThatCode(() -> GradingRules.requireNewLevel(2, 1)).doesNotThrowAnyException();
        assertThatCode(() -> GradingRules.requireNewLevel(2, 3)).doesNotThrowAnyException();
        // not graded yet: any level is a change
        assertThatCode(() -> GradingRules.requireNewLevel(null, 3)).doesNotThrowAnyException();
    }

    @Test
    void aPersonsRegradeIsMarkedAsAnOverrideOfTheTable() {
        assertThat(GradingRules.regradeReason("客户情绪激动")).isEqualTo("人工调整: 客户情绪激动");
        assertThat(GradingRules.regradedDetail(3, 2, "客户情绪激动"))
                .isEqualTo("三级 (Level 3) → 二级 (Level 2): 客户情绪激动");
    }

    @Test
    void onlyAMajorGradeMentionsArticle29() {
        var policy = LEVEL_1;
        assertThat(GradingRules.gradedDetail(new GradingRules.Grade(1, "群体性事件", true), policy))
                .isEqualTo("一级 (Level 1): 群体性事件 → complaint-leadership，重大投诉 (Art. 29)");
        assertThat(GradingRules.gradedDetail(new GradingRules.Grade(1, "法律纠纷", false), policy))
                .isEqualTo("一级 (Level 1): 法律纠纷 → complaint-leadership");
    }

    @Test
    void theLevelPolicyRowMapsToTheLevelsGroupsAndWorkingDays() {
        Map<String, Object> row = Map.of("handlingGroup", StaffGroups.SUPERVISOR, "escalationGroup", StaffGroups.LEADERSHIP,
                "targetWorkingDays", 10, "investigationWorkingDays", 5L, "investigationMaxWorkingDays", 8);

        assertThat(LevelPolicy.read(2, row)).isEqualTo(LEVEL_2);
        assertThatThrownBy(() -> LevelPolicy.read(4, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("decision complaint-level-policy has no row for level 4");
    }

    @Test
    void aDepartmentOrTheDepartmentHeadsMayInvestigateTheFrontLineOrLeadershipMayNot() {
        assertThat(ResponsibleDepartment.offeredInvestigationGroup(StaffGroups.DEPT_OPERATIONS))
                .isEqualTo(StaffGroups.DEPT_OPERATIONS);
        assertThat(ResponsibleDepartment.offeredInvestigationGroup(StaffGroups.SUPERVISOR))
                .isEqualTo(StaffGroups.SUPERVISOR);
        assertThatThrownBy(() -> ResponsibleDepartment.offeredInvestigationGroup(StaffGroups.LEADERSHIP))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageStartingWith("investigationGroup must be one of");
        assertThatThrownBy(() -> ResponsibleDepartment.offeredInvestigationGroup(StaffGroups.FRONTLINE))
                .isInstanceOf(BadUserRequestException.class);
    }

    @Test
    void aBusinessLineAndCategoryWithoutADepartmentIsAGapInTheTable() {
        assertThat(ResponsibleDepartment.department(Map.of("department", StaffGroups.DEPT_CLAIMS), "INSURANCE",
                "CLAIM_DISPUTE")).isEqualTo(StaffGroups.DEPT_CLAIMS);
        Map<String, Object> empty = new HashMap<>();
        empty.put("department", null);
        assertThatThrownBy(() -> ResponsibleDepartment.department(empty, "LOANS", "OTHER"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("decision complaint-department has no row for LOANS/OTHER");
        assertThatThrownBy(() -> ResponsibleDepartment.department(null, "LOANS", "OTHER"))
                .isInstanceOf(IllegalStateException.class);
    }
}
