package com.casedesk.notification.email;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import com.casedesk.web.HtmlTemplates;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The HTML part of an e-mail, laid out by {@code notices/email.html}. Every text goes in through
 * {@code th:text}, so what a notice says (and whatever a complainant typed into it) is escaped; the
 * body's lines stay paragraphs.
 */
final class EmailLayout {

    private static final TemplateEngine TEMPLATES = HtmlTemplates.in("notices/");

    private EmailLayout() {
    }

    /** {@code link}: a button to Tasklist (staff alerts), or null. */
    static String html(String title, String body, String link, String linkText) {
        Context page = new Context(Locale.SIMPLIFIED_CHINESE);
        page.setVariable("title", title);
        page.setVariable("paragraphs", paragraphs(body));
        page.setVariable("link", link);
        page.setVariable("linkText", linkText);
        return TEMPLATES.process("email", page);
    }

    static List<String> paragraphs(String body) {
        return Arrays.stream(body.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
