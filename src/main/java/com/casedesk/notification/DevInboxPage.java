package com.casedesk.notification;

import com.casedesk.web.HtmlTemplates;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** Renders the dev inbox page; Thymeleaf escapes every text it prints. */
final class DevInboxPage {

    private static final TemplateEngine TEMPLATES = HtmlTemplates.in("templates/");

    private DevInboxPage() {
    }

    static String render(Context page) {
        return TEMPLATES.process("dev-inbox", page);
    }
}
