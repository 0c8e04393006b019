package com.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import org.junit.jupiter.api.Test;

@UnitTest
class PersonalDataMaskTest {

    @Test
    void anIdNumberKeepsRegionAndLastFour() {
        assertThat(PersonalDataMask.idNumber("110105199003071234")).isEqualTo("110105********1234");
        assertThat(PersonalDataMask.idNumber("11010519900307123X")).isEqualTo("110105********123X");
        // the old 15-digit number
        assertThat(PersonalDataMask.idNumber("110105900307123")).isEqualTo("110105*****7123");
    }

    @Test
    void aPhoneKeepsFirstThreeAndLastFour() {
        assertThat(PersonalDataMask.phone("13812345678")).isEqualTo("138****5678");
        assertThat(PersonalDataMask.phone("010-12345678")).isEqualTo("010*****5678");
    }

    @Test
    void anEmailKeepsItsFirstLetterAndDomain() {
        assertThat(PersonalDataMask.email("zhang@example.com")).isEqualTo("z****@example.com");
        assertThat(PersonalDataMask.email("no-at-sign")).isEqualTo("**********");
    }

    @Test
    void anAddressKeepsItsFirstSixCharactersAndHidesTheLengthOfTheRest() {
        assertThat(PersonalDataMask.address("北京市朝阳区建国路1号院2号楼301室")).isEqualTo("北京市朝阳区****");
        assertThat(PersonalDataMask.address("北京市朝阳区建国路" + "1".repeat(200))).isEqualTo("北京市朝阳区****");
        assertThat(PersonalDataMask.address("朝阳区建国路")).isEqualTo("****");
        // a character outside the BMP is never cut in half
        assertThat(PersonalDataMask.address("\uD842\uDFB7市朝阳区建国路1号")).isEqualTo("\uD842\uDFB7市朝阳区建****");
        assertThat(PersonalDataMask.address(null)).isNull();
    }

    @Test
    void shortValuesShowAtMostTheirLastTwoCharacters() {
        assertThat(PersonalDataMask.phone("12345678")).isEqualTo("******78");
        assertThat(PersonalDataMask.idNumber("E1234")).isEqualTo("***34");
        assertThat(PersonalDataMask.phone("123")).isEqualTo("***");
        assertThat(PersonalDataMask.phone(null)).isNull();
        assertThat(PersonalDataMask.email(null)).isNull();
    }
}
