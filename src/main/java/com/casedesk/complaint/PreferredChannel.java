package com.casedesk.complaint;

/**
 * How the complainant asked to be told (告知方式), stated at intake. Art. 21: a method agreed with the
 * complainant prevails over the one the service would choose, as long as the contact for it is on file.
 */
public enum PreferredChannel {
    SMS("短信"),
    EMAIL("电子邮件"),
    LETTER("书面信函");

    private final String label;

    PreferredChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
