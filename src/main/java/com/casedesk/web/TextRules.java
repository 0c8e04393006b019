package com.casedesk.web;

/** Free text goes into notices and the ledger: control characters have no place there. */
public final class TextRules {

    /** Anything but C0 controls other than tab, CR and LF, and DEL. */
    public static final String NO_CONTROL_CHARACTERS = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
    /** No control characters at all, line breaks included. */
    public static final String SINGLE_LINE = "[^\\x00-\\x1F\\x7F]*";
    public static final String MESSAGE = "must not contain control characters";

    private TextRules() {
    }
}
