package com.casedesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * The fast tier: a plain JUnit test of a domain rule, with no Spring context, no database and no
 * engine. Runs alone with {@code ./mvnw test -Dgroups=unit} (README) in seconds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("unit")
public @interface UnitTest {
}
