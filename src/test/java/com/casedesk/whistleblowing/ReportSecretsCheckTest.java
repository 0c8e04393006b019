package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import com.casedesk.support.UnitTest;
import org.junit.jupiter.api.Test;

@UnitTest
class ReportSecretsCheckTest {

    private static final String DEV_KEY = "REVWLU9OTFktbm90LWEtc2VjcmV0LWtleS0wMDAwMDA=";
    private static final String REAL_KEY = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=";
    private static final String REAL_PEPPER = "x7Tq9vLm2Pz8Rk4Wn6Yb3Hc5Jd1Fg0Sa";

    @Test
    void prodRefusesTheDevelopmentDefaultsAndMissingSecrets() {
        assertThatThrownBy(() -> ReportSecretsCheck.check(null, Map.of("k", REAL_KEY), "k"))
                .hasMessageContaining("receipt-pepper");
        assertThatThrownBy(() -> ReportSecretsCheck.check("DEV-ONLY-receipt-pepper-not-a-secret-0000",
                Map.of("k", REAL_KEY), "k")).hasMessageContaining("DEV-ONLY");
        assertThatThrownBy(() -> ReportSecretsCheck.check(REAL_PEPPER, Map.of("k", DEV_KEY), "k"))
                .hasMessageContaining("DEV-ONLY").hasMessageNotContaining(DEV_KEY);
        assertThatThrownBy(() -> ReportSecretsCheck.check(REAL_PEPPER, Map.of(), null))
                .hasMessageContaining("identity-active-key");
    }

    @Test
    void prodAcceptsRealSecrets() {
        assertThatCode(() -> ReportSecretsCheck.check(REAL_PEPPER, Map.of("k2026", REAL_KEY), "k2026"))
                .doesNotThrowAnyException();
    }
}
