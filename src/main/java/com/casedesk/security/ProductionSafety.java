package com.casedesk.security;

import com.casedesk.process.StoredPasswords;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * Refuses to start the production profile without a real first-administrator password, and while any
 * account still has the demo password (a database first run without {@code prod} keeps the demo users,
 * and the starter never touches an administrator that already exists).
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionSafety {

    static final int MIN_ADMIN_PASSWORD_LENGTH = 12;
    private static final Logger LOG = LoggerFactory.getLogger(ProductionSafety.class);

    /** Runs before any bean is created, so the engine never creates an administrator with a missing or weak password
     * (Spring would otherwise bind an unresolved ${...} placeholder as the literal password). */
    @Bean
    static BeanFactoryPostProcessor adminPasswordCheck(Environment environment) {
        return beanFactory -> check(environment.getProperty("CASEDESK_ADMIN_PASSWORD"));
    }

    /** Runs once the engine is built (and the starter has created a missing administrator), before the web server opens. */
    @Bean
    static InitializingBean demoPasswordCheck(StoredPasswords storedPasswords, IdentityService identityService, Environment environment) {
        return () -> refuseDemoPasswords(storedPasswords, identityService,
                environment.getProperty("camunda.bpm.admin-user.id", "admin"), environment.getProperty("CASEDESK_ADMIN_PASSWORD"));
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

    /**
     * The configured administrator password replaces the demo password of an existing administrator: the
     * operator asked for it, and the demo password is public, so no secret is lost. An administrator with any
     * other password keeps it — the setting only seeds the first administrator, and a password changed in
     * Admin must not be undone by a stale environment variable. Every other account with the demo password
     * stops the start: only its owner or an administrator may choose its new password.
     */
    static void refuseDemoPasswords(StoredPasswords storedPasswords, IdentityService identityService,
                                    String adminId, String adminPassword) {
        List<String> demoAccounts = storedPasswords.accountsWithPassword(StaffDirectory.DEMO_PASSWORD);
        if (demoAccounts.contains(adminId) && adminPassword != null && !adminPassword.isBlank()) {
            User admin = identityService.createUserQuery().userId(adminId).singleResult();
            admin.setPassword(adminPassword);
            identityService.saveUser(admin);
            LOG.warn("The administrator '{}' had the demo password: it now has CASEDESK_ADMIN_PASSWORD", adminId);
            demoAccounts = storedPasswords.accountsWithPassword(StaffDirectory.DEMO_PASSWORD);
        }
        if (!demoAccounts.isEmpty()) {
            String message = "The prod profile does not start while accounts have the demo password: " + String.join(", ", demoAccounts)
                    + ". Give each a new password or delete it (Camunda Admin > Users, in a start without the prod profile,"
                    + " with CASEDESK_DEMO_USERS=false and not reachable from the network); the administrator '" + adminId
                    + "' takes CASEDESK_ADMIN_PASSWORD by itself.";
            LOG.error(message);
            throw new IllegalStateException(message);
        }
    }
}
