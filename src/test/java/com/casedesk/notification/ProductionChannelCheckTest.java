package com.casedesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.support.UnitTest;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Production tells complainants through a real channel, or the operator chose letters only and it says so. */
@UnitTest
class ProductionChannelCheckTest {

    private static final NotificationProperties DEFAULTS = new NotificationProperties(false, false, false);

    @Test
    void refusesToStartWithoutEmailOrSms() {
        assertThatThrownBy(() -> ProductionChannelCheck.problem(DEFAULTS, Set.of(NotificationChannel.LETTER)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("spring.mail.host")
                .hasMessageContaining("casedesk.notification.sms.url").hasMessageContaining("letters-only");
    }

    @Test
    void startsWithEitherRealChannel() {
        assertThat(ProductionChannelCheck.problem(DEFAULTS, Set.of(NotificationChannel.EMAIL))).isNull();
        assertThat(ProductionChannelCheck.problem(DEFAULTS, Set.of(NotificationChannel.SMS, NotificationChannel.LETTER)))
                .isNull();
    }

    @Test
    void lettersOnlyStartsButSaysSo() {
        assertThat(ProductionChannelCheck.problem(new NotificationProperties(false, false, true), Set.of()))
                .contains("every notice to a complainant goes by letter");
    }

    @Test
    void aSimulationSettingNeverRunsInProduction() {
        assertThatThrownBy(() -> ProductionChannelCheck.problem(new NotificationProperties(true, false, false),
                Set.of(NotificationChannel.EMAIL))).hasMessageContaining("in-process-only");
    }
}
