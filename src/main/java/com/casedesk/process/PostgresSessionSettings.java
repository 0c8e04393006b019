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
 * {@code RESOURCE_ID_ IN (task, process definition, '*')}. PostgreSQL underestimates the matching
 * authorizations (one per open task), materializes them and compares every task with every one of them:
 * quadratic, 1.6 s at 2,700 open tasks. Without materialization and with SSD-like page costs it looks
 * each task's authorizations up by index instead, also in the generic plan of a prepared statement,
 * where the statistics on the permission bits ({@code PERMS_ & $4 = $5}) cannot help. Forcing custom
 * plans instead would re-plan each of an intake's ~200 statements.
 *
 * <p>The driver also rewrites a batch of inserts into multi-row inserts ({@code reWriteBatchedInserts}, unless
 * the URL or {@code spring.datasource.hikari.data-source-properties} say otherwise): the engine flushes a
 * command's inserts batched by table, an intake's ~30 variable rows among them, and PostgreSQL then parses,
 * plans and executes a handful of statements instead of one per row (issue 20, lean intake). The engine reads
 * no row count of an insert, which such a batch does not report; it does for updates and deletes, which the
 * driver leaves alone.
 */
class PostgresSessionSettings implements BeanPostProcessor {

    static final String PROPERTY = "casedesk.postgres.session-settings";
    private static final String REWRITE = "reWriteBatchedInserts";

    private final Environment environment;

    PostgresSessionSettings(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            String settings = environment.getProperty(PROPERTY, "");
            if (!settings.isBlank() && pool.getConnectionInitSql() == null) {
                pool.setConnectionInitSql(settings);
            }
            if (!pool.getJdbcUrl().contains(REWRITE) && !pool.getDataSourceProperties().containsKey(REWRITE)) {
                pool.addDataSourceProperty(REWRITE, "true");
            }
        }
        return bean;
    }
}
