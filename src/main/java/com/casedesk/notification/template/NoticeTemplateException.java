package com.casedesk.notification.template;

/** A notice template could not be rendered; the message names the file. */
public class NoticeTemplateException extends IllegalStateException {

    NoticeTemplateException(String message, Throwable cause) {
        super("notice template " + message, cause);
    }
}
