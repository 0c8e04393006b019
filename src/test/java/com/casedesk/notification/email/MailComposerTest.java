package com.casedesk.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import jakarta.mail.SendFailedException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/** A refused e-mail fails the job with the server's reply, never with the complainant's address. */
@UnitTest
class MailComposerTest {

    @Test
    void theFailureKeepsTheServersReplyAndDropsTheAddress() {
        var refused = new MailSendException("Failed messages: jakarta.mail.SendFailedException: Invalid Addresses",
                new SendFailedException("Invalid Addresses", new SendFailedException(
                        "550 5.1.1 <zhang@example.com>: Recipient address rejected")));

        MailSendException failure = MailComposer.redacted(42, refused, List.of("zhang@example.com"));

        assertThat(failure.getMessage()).startsWith("e-mail of outbox 42 not accepted: MailSendException")
                .contains("550 5.1.1 <<recipient>>: Recipient address rejected").doesNotContain("zhang@example.com");
        assertThat(failure.getCause()).isNull();
        assertThat(failure.getStackTrace()).isEqualTo(refused.getStackTrace());
    }
}
