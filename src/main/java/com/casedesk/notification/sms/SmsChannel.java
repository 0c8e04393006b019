package com.casedesk.notification.sms;

import com.casedesk.notification.ChannelSender;
import com.casedesk.notification.NoticeReceipt;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.OutboxMessage;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * SMS through a generic HTTP gateway ({@link SmsProperties}): each notice is POSTed as JSON
 * <pre>{"to", "text", "reference": outbox id, "segments", "signName", "templateCode",
 *  "templateParam": {"text"}, "senderId"}</pre>
 * and the provider's answer names its message id (field {@code message-id-field}), which becomes the
 * notice's reference: delivery receipts ({@link SmsReceipts}) name it. The text is fitted to the
 * length rules first ({@link SmsText}).
 *
 * <p>Anything but a 2xx answer with a message id, and a timeout, is a failure of this attempt: it is
 * thrown, the calling job is retried and ends as an incident. That includes a 4xx saying the number
 * is invalid or barred — retrying will not help there, but the incident puts it before an operator,
 * who can fix the number or let the case's fallback take over, rather than the notice being dropped.
 */
@Component
@ConditionalOnProperty(prefix = "casedesk.notification.sms", name = "url")
public class SmsChannel implements ChannelSender {

    private static final Logger LOG = LoggerFactory.getLogger(SmsChannel.class);

    private final SmsProperties properties;
    private final Clock clock;
    private final RestClient client;

    public SmsChannel(SmsProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        // HTTP/1.1: the JDK client's default is to try an h2c upgrade on plain http, which gateways and
        // proxies in between handle badly
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout()).build());
        factory.setReadTimeout(properties.readTimeout());
        this.client = RestClient.builder().requestFactory(factory).build();
        LOG.info("SMS channel: {}", properties);
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.SMS;
    }

    @Override
    public NoticeReceipt deliver(OutboxMessage message) {
        SmsText sms = SmsText.fit(properties.signName(), message.content(), properties.maxSegments(),
                properties.shortenedSuffix());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", message.recipient());
        body.put("text", sms.text());
        body.put("reference", String.valueOf(message.id()));
        body.put("segments", sms.segments());
        body.put("signName", properties.signName());
        body.put("templateCode", properties.templateCode());
        body.put("templateParam", Map.of("text", sms.text()));
        if (properties.senderId() != null) {
            body.put("senderId", properties.senderId());
        }
        JsonNode answer;
        try {
            answer = client.post().uri(properties.url())
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .headers(h -> {
                        if (properties.authHeader() != null && properties.authValue() != null) {
                            h.set(properties.authHeader(), properties.authValue());
                        }
                    })
                    .body(body)
                    .retrieve()
                    .body(JsonNode.class);
        } catch (RestClientResponseException e) {
            // the answer's body may repeat the number: only the status goes into the incident
            throw new SmsGatewayException("SMS gateway refused outbox notice " + message.id() + " with HTTP "
                    + e.getStatusCode().value());
        } catch (ResourceAccessException e) {
            throw new SmsGatewayException("SMS gateway not reached or did not answer in time for outbox notice "
                    + message.id() + ": " + rootCause(e).getClass().getSimpleName());
        }
        JsonNode id = answer == null ? null : answer.get(properties.messageIdField());
        if (id == null || id.isNull() || id.asText().isBlank()) {
            throw new SmsGatewayException("SMS gateway answered without " + properties.messageIdField()
                    + " for outbox notice " + message.id());
        }
        if (sms.shortened()) {
            LOG.info("outbox notice {} shortened to {} SMS parts", message.id(), sms.segments());
        }
        return NoticeReceipt.accepted(id.asText(), Instant.now(clock));
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** This attempt failed; the job is retried. */
    public static class SmsGatewayException extends RuntimeException {
        SmsGatewayException(String message) {
            super(message);
        }
    }
}
