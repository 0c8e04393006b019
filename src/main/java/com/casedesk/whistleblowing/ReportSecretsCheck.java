package com.casedesk.whistleblowing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * Refuses to start the prod profile with the repository's DEV-ONLY whistleblowing secrets, or without
 * secrets at all, before any bean is created (like security/ProductionSafety for the admin password).
 * The messages name the property, never its value.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ReportSecretsCheck {

    static final int MIN_PEPPER_LENGTH = 32;

    @Bean
    static BeanFactoryPostProcessor whistleblowingSecretsCheck(Environment environment) {
        return beanFactory -> {
            Binder binder = Binder.get(environment);
            check(environment.getProperty("casedesk.whistleblowing.receipt-pepper"),
                    binder.bind("casedesk.whistleblowing.identity-keys", Bindable.mapOf(String.class, String.class))
                            .orElse(Map.of()),
                    environment.getProperty("casedesk.whistleblowing.identity-active-key"));
        };
    }

    static void check(String pepper, Map<String, String> keys, String activeKey) {
        if (pepper == null || pepper.isBlank() || pepper.length() < MIN_PEPPER_LENGTH) {
            throw new IllegalStateException("The prod profile needs casedesk.whistleblowing.receipt-pepper"
                    + " (CASEDESK_WHISTLEBLOWING_RECEIPTPEPPER) of at least " + MIN_PEPPER_LENGTH + " characters");
        }
        if (pepper.contains(WhistleblowingProperties.DEV_MARKER)) {
            throw new IllegalStateException("casedesk.whistleblowing.receipt-pepper is the DEV-ONLY default");
        }
        if (activeKey == null || activeKey.isBlank() || !keys.containsKey(activeKey)) {
            throw new IllegalStateException("The prod profile needs casedesk.whistleblowing.identity-active-key"
                    + " naming a key in casedesk.whistleblowing.identity-keys");
        }
        keys.forEach((id, key) -> {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(key), StandardCharsets.ISO_8859_1);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("casedesk.whistleblowing.identity-keys." + id + " is not base64");
            }
            if (id.contains("dev-only") || decoded.contains(WhistleblowingProperties.DEV_MARKER)) {
                throw new IllegalStateException("casedesk.whistleblowing.identity-keys." + id
                        + " is the DEV-ONLY default key");
            }
        });
    }
}
