package com.casedesk.notification.letter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code casedesk.notification.letter.*}: the sender printed on every letter (书面告知) and the
 * contact line of its footer. The defaults name the demo company; an installation sets its own.
 */
@ConfigurationProperties("casedesk.notification.letter")
public record LetterProperties(
        @DefaultValue("示例保险股份有限公司") String companyName,
        @DefaultValue("北京市朝阳区示例路1号 邮编100020") String companyAddress,
        @DefaultValue("95500") String contactPhone) {
}
