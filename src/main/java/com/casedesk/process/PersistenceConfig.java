package com.casedesk.process;

import java.time.Clock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

@Configuration(proxyBeanMethods = false)
class PersistenceConfig {

    @Bean
    Clock clock() {
        return new EngineClock();
    }

    @Bean
    static BeanPostProcessor postgresSessionSettings(Environment environment) {
        return new PostgresSessionSettings(environment);
    }

    /**
     * Spring Data JDBC quotes identifiers by default; H2 (the demo database) then fails to find the
     * unquoted, upper-cased tables that the portable migrations create.
     */
    @Bean
    static BeanPostProcessor unquotedIdentifiers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof RelationalMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
