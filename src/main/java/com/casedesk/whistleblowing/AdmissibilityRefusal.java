package com.casedesk.whistleblowing;

/** Why a report is not admitted, with the wording the reporter is told (nothing about the case itself). */
public enum AdmissibilityRefusal {
    NOT_IN_REMIT("所举报事项不属于本机构职责范围"),
    NO_IDENTIFIED_PARTY("未能明确被举报对象"),
    NO_SPECIFIC_FACTS("缺少具体事实和必要证据"),
    REPEAT_WITHOUT_NEW_FACTS("重复举报且未提供新的事实或证据"),
    BEFORE_COURT_OR_AUTHORITY("该事项已由法院、仲裁机构或其他主管机关受理"),
    OTHER("不符合受理条件");

    private final String wording;

    AdmissibilityRefusal(String wording) {
        this.wording = wording;
    }

    public String wording() {
        return wording;
    }
}
