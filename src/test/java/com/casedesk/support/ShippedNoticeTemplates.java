package com.casedesk.support;

import com.casedesk.notification.template.NoticeTemplateProperties;
import com.casedesk.notification.template.NoticeTemplates;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The notice templates shipped in the jar, for unit tests that render notices without Spring. */
public final class ShippedNoticeTemplates {

    private static NoticeTemplates templates;

    private ShippedNoticeTemplates() {
    }

    public static synchronized NoticeTemplates get() {
        if (templates == null) {
            templates = new NoticeTemplates(new PathMatchingResourcePatternResolver(),
                    NoticeTemplateProperties.DEFAULT_LOCATION);
        }
        return templates;
    }
}
