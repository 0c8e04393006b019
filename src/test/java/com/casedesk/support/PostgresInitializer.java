package com.casedesk.support;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the application under test at {@link PostgresDatabase}. */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        PostgresDatabase.Connection db = PostgresDatabase.acquire();
        // Registered first, so destroyed last: after the connection pool and the engine.
        context.getBeanFactory().registerSingleton("postgresLease", (DisposableBean) PostgresDatabase::release);
        TestPropertyValues.of(
                "spring.datasource.url=" + db.url(),
                "spring.datasource.username=" + db.user(),
                "spring.datasource.password=" + db.password()
        ).applyTo(context.getEnvironment());
    }
}
