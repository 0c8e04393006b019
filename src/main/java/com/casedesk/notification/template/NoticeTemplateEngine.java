package com.casedesk.notification.template;

import java.util.Map;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.AlwaysValidCacheEntryValidity;
import org.thymeleaf.cache.ICacheEntryValidity;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;
import org.thymeleaf.templateresource.StringTemplateResource;

/**
 * A standalone Thymeleaf engine (as statistics/MonthlyReport uses one) over the texts read at
 * start-up, by file name, so that Thymeleaf's own errors name the file ({@code template: "decision.txt"}).
 */
final class NoticeTemplateEngine {

    private NoticeTemplateEngine() {
    }

    static TemplateEngine over(NoticeTemplateFiles files) {
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver(files));
        return engine;
    }

    private static ITemplateResolver resolver(NoticeTemplateFiles files) {
        AbstractTemplateResolver resolver = new AbstractTemplateResolver() {
            @Override
            protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
                                                                String template, Map<String, Object> attributes) {
                String text = files.text(template);
                return text == null ? null : new StringTemplateResource(text);
            }

            @Override
            protected TemplateMode computeTemplateMode(IEngineConfiguration configuration, String ownerTemplate,
                                                       String template, Map<String, Object> attributes) {
                return TemplateMode.TEXT;
            }

            @Override
            protected ICacheEntryValidity computeValidity(IEngineConfiguration configuration, String ownerTemplate,
                                                          String template, Map<String, Object> attributes) {
                return AlwaysValidCacheEntryValidity.INSTANCE;
            }
        };
        resolver.setName("casedesk notice templates");
        return resolver;
    }
}
