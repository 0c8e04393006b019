package com.casedesk.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestGatewayConfig {

    @Bean
    @Primary
    TestNotificationGateway testNotificationGateway(java.time.Clock clock,
                                                    com.casedesk.notification.ChannelRouter router) {
        return new TestNotificationGateway(clock, router);
    }

    @Bean
    EngineDriver engineDriver(org.camunda.bpm.engine.TaskService taskService,
                              org.camunda.bpm.engine.ManagementService managementService,
                              org.camunda.bpm.engine.FormService formService,
                              org.camunda.bpm.engine.IdentityService identityService) {
        return new EngineDriver(taskService, managementService, formService, identityService);
    }
}
