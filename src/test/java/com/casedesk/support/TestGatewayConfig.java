package com.casedesk.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestGatewayConfig {

    @Bean
    @Primary
    TestNotificationGateway testNotificationGateway() {
        return new TestNotificationGateway();
    }
}
