package com.casedesk.complaint.form;

import com.casedesk.complaint.ComplaintStatus;
import java.math.BigDecimal;
import java.util.Map;

/** Plain rules of what the complaint forms show: status labels, the compensation warning. */
final class Labels {

    private static final Map<ComplaintStatus, String> STATUS = Map.of(
            ComplaintStatus.RECEIVED, "已登记",
            ComplaintStatus.IN_HANDLING, "处理中",
            ComplaintStatus.DECIDED, "已作出处理决定",
            ComplaintStatus.FEEDBACK_SENT, "已告知处理结果",
            ComplaintStatus.CLOSED, "已结案",
            ComplaintStatus.WITHDRAWN, "已撤回",
            ComplaintStatus.MERGED, "已合并");

    private Labels() {
    }

    static String status(ComplaintStatus status) {
        return status == null ? null : STATUS.getOrDefault(status, status.name());
    }

    /** A compensation above the amount claimed, or any compensation where nothing was claimed. */
    static boolean exceeds(BigDecimal compensation, BigDecimal claimed) {
        if (compensation == null || compensation.signum() <= 0) {
            return false;
        }
        return claimed == null || compensation.compareTo(claimed) > 0;
    }

    static String compensationWarning(BigDecimal compensation, BigDecimal claimed) {
        return "赔偿金额 " + compensation.stripTrailingZeros().toPlainString() + " 元超过投诉请求金额 "
                + (claimed == null ? "（未提出金额）" : claimed.stripTrailingZeros().toPlainString() + " 元")
                + "，请核实后审批 (compensation exceeds the amount claimed)";
    }
}
