package com.casedesk.process;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

/**
 * Planner settings for the service's own PostgreSQL sessions ({@code casedesk.postgres.session-settings}),
 * run on every new pooled connection. They are session settings so that they hold on any server the
 * operator points the service at, without changing the server's defaults for other databases.
 *
 * <p>Why (docs/performance.md, Task list): the engine's task query joins the authorizations with
 * {@code RESOURCE_ID_ IN (task, process definition, '*')}. Only with SSD-like page costs does
 * PostgreSQL answer that with index lookups instead of comparing every task with every authorization;
 * and only with custom plans does it use the statistics on the permission bits (a generic plan of a
 * prepared statement sees {@code PERMS_ & $4 = $5} and guesses again).
 */
class PostgresSessionSettings implements BeanPostProcessor {

    static final String PROPERTY = "casedesk.postgres.session-settings";

    private final Environment environment;

    PostgresSessionSettings(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
            String settings = environment.getProperty(PROPERTY, "");
            if (!settings.isBlank()) {
                pool.setConnectionInitSql(settings);
            }
        }
        return bean;
    }
}
