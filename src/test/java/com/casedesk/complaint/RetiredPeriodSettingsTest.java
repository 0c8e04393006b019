package com.casedesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

class RetiredPeriodSettingsTest {

    @Test
    void aSettingThatBecameATableRowIsNamedWithItsRowAndOthersAreNot() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("casedesk.complaint.callback-within", "P5D")
                .withProperty("casedesk.complaint.zone", "Asia/Shanghai");

        assertThat(RetiredPeriodSettings.warnings(environment)).singleElement().asString()
                .contains("casedesk.complaint.callback-within", "complaint-periods CALLBACK");
    }

    @Test
    void theShippedConfigurationSetsNone() throws Exception {
        MockEnvironment shipped = new MockEnvironment();
        new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"))
                .forEach(shipped.getPropertySources()::addLast);

        assertThat(shipped.getProperty("casedesk.complaint.zone")).isEqualTo("Asia/Shanghai");
        assertThat(RetiredPeriodSettings.warnings(shipped)).isEmpty();
    }
}
