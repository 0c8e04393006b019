package com.casedesk.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

/** The HTML part escapes what a notice says and keeps its lines as paragraphs; the sender keeps its Chinese name. */
@UnitTest
class EmailLayoutTest {

    @Test
    void theBodyIsEscapedAndItsLinesStayParagraphs() {
        String html = EmailLayout.html("投诉受理告知", "尊敬的<b>张三</b>：\n\n您的投诉已受理 & 登记。\r\n答复期限12月1日。", null, null);

        assertThat(html).contains("<p style=\"margin:0 0 12px;\">尊敬的&lt;b&gt;张三&lt;/b&gt;：</p>")
                .contains(">您的投诉已受理 &amp; 登记。</p>").contains(">答复期限12月1日。</p>")
                .doesNotContain("<b>").doesNotContain("打开任务");
        assertThat(EmailLayout.paragraphs("a\n\n b \r\nc")).containsExactly("a", "b", "c");
    }

    @Test
    void aLinkBecomesAButton() {
        String html = EmailLayout.html("t", "x", "http://host/camunda/app/tasklist/default/#/?task=1&a=<2>", "在 Tasklist 中打开");

        assertThat(html).contains("href=\"http://host/camunda/app/tasklist/default/#/?task=1&amp;a=&lt;2&gt;\"")
                .contains(">在 Tasklist 中打开</a>");
    }

    @Test
    void theSenderKeepsItsChineseNameEncodedInUtf8() throws Exception {
        InternetAddress from = MailComposer.address("某银行消费者权益保护部 <noreply@bank.example>");

        assertThat(from.getAddress()).isEqualTo("noreply@bank.example");
        assertThat(from.getPersonal()).isEqualTo("某银行消费者权益保护部");
        assertThat(from.toString()).startsWith("=?UTF-8?");
    }
}
