package com.casedesk.complaint;

/** Intake channels (受理渠道). Self-service channels accept a complainant's own submission without login. */
public enum Channel {
    HOTLINE("客服热线", false),
    ONLINE("网站在线平台", true),
    APP("手机客户端", true),
    BRANCH("营业网点", false),
    LETTER("信函", false),
    EMAIL("电子邮件", false),
    REGULATOR_TRANSFER("监管转办", false);

    private final String label;
    private final boolean selfService;

    Channel(String label, boolean selfService) {
        this.label = label;
        this.selfService = selfService;
    }

    public String label() {
        return label;
    }

    /** Staff channels are registered by a logged-in employee on the complainant's behalf. */
    public boolean isSelfService() {
        return selfService;
    }
}
