package com.casedesk.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link EngineApiGuard} on both engine API paths. */
// web only: the what-if replay runs the service's context without a web server (whatif/WhatIfRun)
@ConditionalOnWebApplication
@Configuration
class EngineApiGuardConfig {

    @Bean
    FilterRegistrationBean<EngineApiGuard> engineApiGuard() {
        var registration = new FilterRegistrationBean<>(new EngineApiGuard());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        // inside Spring Security's chain, so that the Basic-auth caller of /engine-rest is known
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
