package com.casedesk.notification;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.casefile.CaseNumbers;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * What channels report after the fact, in the case's event log: a notice delivered, not delivered,
 * sent again by the next channel, or left without a channel. No recipient (personal data); a
 * whistleblowing report's events carry no detail at all (its notices go through the mailbox).
 */
@Component
public class NoticeEvents {

    private final CaseEventLog events;

    NoticeEvents(CaseEventLog events) {
        this.events = events;
    }

    public void delivered(OutboxMessage notice, Instant at) {
        append(notice, CaseEventType.NOTICE_DELIVERED, describe(notice) + "已送达，送达时间 " + at);
    }

    /** A letter posted: the posting date and tracking number are its proof (Art. 21). */
    public void posted(OutboxMessage notice, java.time.LocalDate postedOn, String trackingNumber) {
        append(notice, CaseEventType.NOTICE_DELIVERED, describe(notice) + "已寄出，寄出日期 " + postedOn
                + (trackingNumber == null ? "" : "，邮件号 " + trackingNumber) + "，告知凭证时间 " + notice.proofAt());
    }

    public void undelivered(OutboxMessage notice, String code) {
        append(notice, CaseEventType.NOTICE_UNDELIVERED, describe(notice) + "未送达（渠道代码 " + code + "），将改用下一渠道");
    }

    public void redelivered(OutboxMessage failed, OutboxMessage sent, String why) {
        append(sent, CaseEventType.NOTICE_REDELIVERED, describe(failed) + "未送达，已改经 " + sent.channel()
                + " 重发（发件箱 " + sent.id() + "）：" + why);
    }

    /** No channel is left, or no case type answers for the notice: an incident for operators. */
    public void noRouteLeft(OutboxMessage failed, String why) {
        append(failed, CaseEventType.NOTICE_FAILED, describe(failed) + "未送达且无法改用其他渠道（" + why
                + "），已形成事件(incident)待处理");
    }

    private void append(OutboxMessage notice, CaseEventType type, String detail) {
        events.append(notice.caseNumber(), CaseEventLog.SYSTEM, type,
                CaseNumbers.isReport(notice.caseNumber()) ? null : detail);
    }

    private static String describe(OutboxMessage notice) {
        return "告知 " + notice.purpose() + "（" + notice.channel() + "，发件箱 " + notice.id() + "）";
    }
}
