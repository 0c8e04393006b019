package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 回避 / 独立性: who is barred from a report, and how named persons are read. */
@UnitTest
class InvolvedPersonsRulesTest {

    private static final List<String> REGISTERED = List.of("wb-investigator2", "group:dept-sales");

    @Test
    void aPersonRegisteredThemselvesIsBarredAnotherIsNot() {
        assertThat(InvolvedPersons.barred(REGISTERED, "wb-investigator2", List.of())).isTrue();
        assertThat(InvolvedPersons.barred(REGISTERED, "wb-investigator", List.of())).isFalse();
        assertThat(InvolvedPersons.barred(REGISTERED, "WB-INVESTIGATOR2", List.of())).isFalse();
    }

    @Test
    void aMemberOfTheReportedUnitIsBarredAMemberOfAnotherGroupIsNot() {
        assertThat(InvolvedPersons.barred(REGISTERED, "sales-clerk", List.of("staff", "dept-sales"))).isTrue();
        assertThat(InvolvedPersons.barred(REGISTERED, "ops-clerk", List.of("staff", "dept-operations"))).isFalse();
        // a group id alone, without its prefix, is not a registered unit
        assertThat(InvolvedPersons.barred(List.of("dept-sales"), "sales-clerk", List.of("dept-sales"))).isFalse();
    }

    @Test
    void nobodyIsBarredFromAReportWithNoOneRegisteredAndNoUserIsNobody() {
        assertThat(InvolvedPersons.barred(List.of(), "wb-investigator2", List.of("dept-sales"))).isFalse();
        assertThat(InvolvedPersons.barred(REGISTERED, null, List.of("dept-sales"))).isFalse();
    }

    @Test
    void namedStaffAreSplitOnCommasSemicolonsOfEitherWidthAndSpacesOnceEach() {
        assertThat(InvolvedPersons.staffIds("wb-investigator2， wb-custodian;ops-clerk；sales-clerk  wb-custodian"))
                .containsExactly("wb-investigator2", "wb-custodian", "ops-clerk", "sales-clerk");
        assertThat(InvolvedPersons.staffIds(" ,， ")).isEmpty();
        assertThat(InvolvedPersons.staffIds(null)).isEmpty();
    }

    @Test
    void aNameSplitsIntoAOneOrTwoCharacterFamilyNameAndTheRest() {
        assertThat(InvolvedPersons.familyAndGiven("欧阳清风")).extracting(s -> s[0] + "|" + s[1])
                .containsExactly("欧|阳清风", "欧阳|清风");
        assertThat(InvolvedPersons.familyAndGiven("王五")).extracting(s -> s[0] + "|" + s[1]).containsExactly("王|五");
        assertThat(InvolvedPersons.familyAndGiven("李")).isEmpty();
    }
}
