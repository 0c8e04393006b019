package com.casedesk.notification.email;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code casedesk.notification.email.*}: what the service's e-mails say about their sender; the SMTP
 * server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from        the sender, with its Chinese display name, e.g. {@code 某银行消费者权益保护部 <noreply@bank.example>}
 * @param replyTo     where a complainant's answer goes (a monitored mailbox); none when blank
 * @param tasklistUrl the base of the links to Tasklist in staff alerts (the service's public address)
 * @param groupHeads  per staff group, the user told when no member of the group has an e-mail address
 */
@ConfigurationProperties("casedesk.notification.email")
public record EmailProperties(
        @DefaultValue("投诉处理中心 <noreply@casedesk.example>") String from,
        String replyTo,
        @DefaultValue("http://localhost:8080") String tasklistUrl,
        Map<String, String> groupHeads) {

    public EmailProperties {
        groupHeads = groupHeads == null ? Map.of() : Map.copyOf(groupHeads);
        tasklistUrl = tasklistUrl.endsWith("/") ? tasklistUrl.substring(0, tasklistUrl.length() - 1) : tasklistUrl;
    }
}
