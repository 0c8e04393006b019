package com.casedesk.web;

import java.nio.charset.StandardCharsets;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The standalone Thymeleaf engine the service's HTML pages and documents use (monthly report, dev
 * inbox, e-mail layout, letter): templates {@code <folder>/<name>.html} on the classpath, UTF-8,
 * cached; Thymeleaf escapes every text it prints. Standalone on purpose: without thymeleaf-spring6,
 * Spring Boot's Thymeleaf auto-configuration (view resolver, error page) stays off.
 */
public final class HtmlTemplates {

    private HtmlTemplates() {
    }

    /** An engine for the HTML templates in a classpath folder, e.g. {@code "notices/"}. */
    public static TemplateEngine in(String folder) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlTemplates.class.getClassLoader());
        resolver.setPrefix(folder);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
