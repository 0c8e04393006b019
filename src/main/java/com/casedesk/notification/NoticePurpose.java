package com.casedesk.notification;

public enum NoticePurpose {
    /** 受理告知: receipt confirmed and expected handling time. */
    ACKNOWLEDGEMENT,
    /** 处理结果告知 (Art. 19): findings, basis, result and remedies. */
    DECISION,
    /** Reminder to the handling group before the reply deadline. */
    REMINDER
}
