package com.casedesk.notification.template;

import java.util.HashMap;
import java.util.Map;

/**
 * Sample values for every name a notice template may use: the start-up check renders every file with
 * them, the preview fills what a real case does not have, and a whistleblowing notice is only ever
 * previewed with them (nothing of a real report). Invented data only.
 */
public final class NoticeSamples {

    public static final String CASE_NUMBER = "TS-2026-000001";

    private NoticeSamples() {
    }

    public static Map<String, Object> model() {
        Map<String, Object> m = new HashMap<>();
        // a complaint and its complainant
        m.put("caseNumber", CASE_NUMBER);
        m.put("complainantName", "张三");
        m.put("receivedAt", "2026年3月11日 09:30");
        m.put("replyDueDate", "2026年3月26日");
        m.put("replyDueAt", "2026年3月26日 23:59");
        m.put("statutoryDueAt", "2026年3月26日 23:59");
        m.put("companyTarget", Boolean.TRUE);
        m.put("levelLabel", "二级投诉");
        m.put("gradingReason", "涉及金额较大");
        m.put("jointComplainants", 1);
        m.put("investigationDueAt", "2026年3月18日 23:59");
        m.put("forwardToLeadershipWithin", "30分钟");
        m.put("handoverWithin", "2小时");
        m.put("leadershipMeetingWithin", "4小时");
        // the decision
        m.put("findings", "经调取理赔档案核实，理赔材料已于2026年2月齐全，答复超出合同约定时限。");
        m.put("resultLabel", "部分支持");
        m.put("resolution", "依据保险合同第5条，补发理赔款并致歉。");
        m.put("compensation", "1200.00");
        m.put("handlingRound", 1);
        m.put("callbackOutcomeLabel", "满意");
        // a merged repeat, a pause
        m.put("repeatCaseNumber", "TS-2026-000002");
        m.put("repeatReceivedAt", "2026年3月12日 10:00");
        m.put("pauseKind", "调解");
        // a 核查 review
        m.put("reviewRequestedDate", "2026年4月2日");
        m.put("reviewOutcome", "CHANGED");
        m.put("reviewOutcomeLabel", "变更处理决定");
        m.put("reviewOpinion", "赔付金额应按合同第5条全额计算。");
        // a rectification action
        m.put("actionId", 17L);
        m.put("actionDeadline", "2026年4月30日");
        m.put("actionDescription", "补充理赔时效提示");
        // an escalation or exception task (a task marked staffAlert)
        m.put("taskName", "法定期限逾期督办 Statutory breach escalation");
        m.put("taskDueAt", "2026年3月27日 17:00");
        // a whistleblowing report: invented, nothing that could point to a reporter
        m.put("reportNumber", "WB-2026-000001");
        m.put("euRegime", Boolean.FALSE);
        m.put("feedbackDueDate", "2026-06-11");
        m.put("assessmentDueDate", "2026-03-26");
        m.put("refusalReason", "举报事项不属于本机构受理范围");
        m.put("supplementRequest", "请补充相关交易的日期和金额");
        m.put("supplementDueDate", "2026-03-20");
        m.put("feedbackText", "经调查，举报事项部分属实，已依规处理。");
        return m;
    }
}
