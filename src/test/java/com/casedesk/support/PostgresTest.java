package com.casedesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service on PostgreSQL, on a random port, with the job executor off, pointed at an SMTP
 * server and an SMS provider running inside the test JVM ({@link NoticeServers}). All test classes
 * with this annotation share one application context (and one engine).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {PostgresInitializer.class, NoticeServers.class})
@Import({TestGatewayConfig.class, CoverageSettings.class, ProcessEngineCoverageConfiguration.class})
public @interface PostgresTest {
}
