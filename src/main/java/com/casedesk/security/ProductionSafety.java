package com.casedesk.security;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * Refuses to start the production profile without a real first-administrator password. Runs before
 * any bean is created, so the engine never creates an administrator with a missing or weak password
 * (Spring would otherwise bind an unresolved ${...} placeholder as the literal password).
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionSafety {

    static final int MIN_ADMIN_PASSWORD_LENGTH = 12;

    @Bean
    static BeanFactoryPostProcessor adminPasswordCheck(Environment environment) {
        return beanFactory -> check(environment.getProperty("CASEDESK_ADMIN_PASSWORD"));
    }

    static void check(String password) {
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("The prod profile needs CASEDESK_ADMIN_PASSWORD: the first administrator's password");
        }
        if (password.length() < MIN_ADMIN_PASSWORD_LENGTH || password.equalsIgnoreCase("demo")) {
            throw new IllegalStateException("CASEDESK_ADMIN_PASSWORD must have at least " + MIN_ADMIN_PASSWORD_LENGTH
                    + " characters");
        }
    }
}
