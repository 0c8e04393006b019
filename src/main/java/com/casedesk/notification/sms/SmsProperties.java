package com.casedesk.notification.sms;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code casedesk.notification.sms.*}: the generic HTTP SMS gateway (README "Notices"). The SMS
 * channel is live only when {@code url} is set; without it SMS notices stay in the dev inbox.
 *
 * @param url where notices are POSTed as JSON
 * @param authHeader name of the header that authenticates us to the provider (e.g. {@code Authorization})
 * @param authValue its value (e.g. {@code Bearer …}); from the environment, never in a file
 * @param signName the signature (签名) the provider prepends, as it appears in the SMS (e.g. 【某银行】)
 * @param templateCode the provider's approved template id (Chinese providers send only approved templates)
 * @param senderId sender number or name where the provider takes one
 * @param maxSegments parts a text may take before it is shortened (default 5)
 * @param connectTimeout connecting to the provider (default 5 s)
 * @param readTimeout waiting for its answer (default 10 s)
 * @param messageIdField the field of the provider's answer that carries its message id (default {@code messageId})
 * @param shortenedSuffix what follows a shortened text
 * @param receiptSecret shared secret of the signed delivery receipts (HMAC-SHA256); receipts are refused without it
 * @param receiptSources if set, the only source addresses receipts are taken from
 */
@ConfigurationProperties("casedesk.notification.sms")
public record SmsProperties(String url, String authHeader, String authValue, String signName, String templateCode,
                            String senderId, Integer maxSegments, Duration connectTimeout, Duration readTimeout,
                            String messageIdField, String shortenedSuffix, String receiptSecret,
                            List<String> receiptSources) {

    public SmsProperties {
        maxSegments = maxSegments == null ? 5 : maxSegments;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        messageIdField = messageIdField == null || messageIdField.isBlank() ? "messageId" : messageIdField;
        shortenedSuffix = shortenedSuffix == null ? "详情请查收书面告知或致电客服。" : shortenedSuffix;
        receiptSources = receiptSources == null ? List.of() : List.copyOf(receiptSources);
        if (maxSegments < 1) {
            throw new IllegalArgumentException("casedesk.notification.sms.max-segments must be at least 1");
        }
    }

    /** The credentials stay out of logs and the actuator's configuration dump. */
    @Override
    public String toString() {
        return "SmsProperties[url=" + url + ", authHeader=" + authHeader + ", authValue=" + masked(authValue)
                + ", signName=" + signName + ", templateCode=" + templateCode + ", maxSegments=" + maxSegments
                + ", receiptSecret=" + masked(receiptSecret) + ", receiptSources=" + receiptSources + "]";
    }

    private static String masked(String secret) {
        return secret == null || secret.isEmpty() ? "(none)" : "******";
    }
}
