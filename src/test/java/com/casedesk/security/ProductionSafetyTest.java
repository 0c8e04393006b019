package com.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import com.casedesk.CasedeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

class ProductionSafetyTest {

    @Test
    void theProductionProfileDoesNotStartWithoutAnAdministratorPassword() {
        var app = new SpringApplicationBuilder(CasedeskApplication.class)
                .profiles("prod")
                .properties("server.port=0", "spring.datasource.url=jdbc:h2:mem:prodsafety", "CASEDESK_ADMIN_PASSWORD=");

        assertThatThrownBy(app::run).hasMessage(
                "The prod profile needs CASEDESK_ADMIN_PASSWORD: the first administrator's password");
    }

    @Test
    void weakPasswordsAreRefused() {
        assertThatThrownBy(() -> ProductionSafety.check("demo")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ProductionSafety.check("short")).isInstanceOf(IllegalStateException.class);
        assertThatNoException().isThrownBy(() -> ProductionSafety.check("a-long-enough-secret"));
        assertThat(ProductionSafety.MIN_ADMIN_PASSWORD_LENGTH).isGreaterThanOrEqualTo(12);
    }
}
