package com.casedesk.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real servers the service talks to when it sends notices, started once per test JVM next to
 * the embedded PostgreSQL: an SMTP server (GreenMail) and an HTTP server standing in for the SMS
 * provider (WireMock). The application under test is pointed at both; whether a test's notices go
 * there or stay in {@link TestNotificationGateway} is the test's choice
 * ({@link TestNotificationGateway#useRealChannels}).
 */
public final class NoticeServers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The SMS provider's path the service posts to. */
    public static final String SMS_PATH = "/sms/send";
    /** The provider's shared secret for signed delivery receipts, as configured for the tests. */
    public static final String SMS_SECRET = "test-sms-receipt-secret";

    private static GreenMail smtp;
    private static WireMockServer sms;

    public static synchronized GreenMail smtp() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop));
        }
        return smtp;
    }

    public static synchronized WireMockServer sms() {
        if (sms == null) {
            sms = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
            sms.start();
            Runtime.getRuntime().addShutdownHook(new Thread(sms::stop));
        }
        return sms;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + smtp().getSmtp().getPort(),
                "casedesk.notification.sms.url=" + sms().baseUrl() + SMS_PATH,
                "casedesk.notification.sms.receipt-secret=" + SMS_SECRET
        ).applyTo(context.getEnvironment());
    }
}
