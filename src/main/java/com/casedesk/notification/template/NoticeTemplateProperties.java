package com.casedesk.notification.template;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the notice templates are read from ({@code casedesk.notification.templates}). A Spring
 * resource location, like the working-day calendar's: an administrator points it at a folder outside
 * the jar ({@code file:/etc/casedesk/notices/}) holding a copy of every template, edits the words and
 * restarts. That folder replaces the shipped one as a whole, so what is sent is what the folder holds.
 */
@ConfigurationProperties("casedesk.notification")
public record NoticeTemplateProperties(@DefaultValue(NoticeTemplateProperties.DEFAULT_LOCATION) String templates) {

    public static final String DEFAULT_LOCATION = "classpath:/notices/";
}
