package com.casedesk.complaint.notice;

import com.casedesk.complaint.ClockPause;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintProcess.CallbackOutcome;
import com.casedesk.complaint.CompanyPeriod;
import com.casedesk.complaint.CompanyPeriods;
import com.casedesk.complaint.ComplaintProperties;
import com.casedesk.complaint.DecisionResult;
import com.casedesk.complaint.Levels;
import com.casedesk.notification.NoticeText;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.template.NoticeTemplate;
import com.casedesk.notification.template.NoticeTemplates;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The notices of a complaint to the complainant and to staff: the model of each (values formatted
 * for reading, labels rather than codes) rendered with its template (notification/template; the words
 * are in {@code notices/*.txt}). Staff alerts get no personal data of the complainant in their model.
 */
@Component
public class ComplaintNotices {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final Map<String, String> CALLBACK_LABELS = Map.of(CallbackOutcome.SATISFIED, "满意",
            CallbackOutcome.UNSATISFIED, "不满意", CallbackOutcome.UNREACHABLE, "未能联系");

    private final ComplaintProperties properties;
    private final CompanyPeriods periods;
    private final NoticeTemplates templates;

    public ComplaintNotices(ComplaintProperties properties, CompanyPeriods periods, NoticeTemplates templates) {
        this.properties = properties;
        this.periods = periods;
        this.templates = templates;
    }

    /** Receipt confirmed and the expected handling time told (002 §2, Art. 18). */
    NoticeText acknowledgement(Complaint c, NotificationChannel channel) {
        return templates.render(NoticeTemplate.ACKNOWLEDGEMENT, channel, toComplainant(c));
    }

    /**
     * To the complainant of record, at the contact on file: a repeat submission was merged into their
     * open case. Only this notice names the open case next to the repeat's own number.
     */
    public NoticeText repeatMerged(Complaint open, Complaint repeat, NotificationChannel channel) {
        Map<String, Object> model = toComplainant(open);
        model.put("repeatCaseNumber", repeat.getCaseNumber());
        model.put("repeatReceivedAt", dateTime(repeat.getReceivedAt()));
        return templates.render(NoticeTemplate.REPEAT_MERGED, channel, model);
    }

    /** Decision notice with the content Art. 19 requires: findings, basis and reasons, result, remedies. */
    public NoticeText decision(Complaint c, NotificationChannel channel) {
        return templates.render(NoticeTemplate.DECISION, channel, toComplainant(c));
    }

    public NoticeText extension(Complaint c, NotificationChannel channel) {
        return templates.render(NoticeTemplate.EXTENSION, channel, toComplainant(c));
    }

    public NoticeText pause(Complaint c, ClockPause.Kind kind, NotificationChannel channel) {
        Map<String, Object> model = toComplainant(c);
        model.put("pauseKind", kind.label());
        return templates.render(NoticeTemplate.PAUSE, channel, model);
    }

    public NoticeText resumed(Complaint c, NotificationChannel channel) {
        return templates.render(NoticeTemplate.RESUMED, channel, toComplainant(c));
    }

    /** To the handlers: the reply date is the company target where that comes first, and is then not the statute's. */
    NoticeText reminder(Complaint c) {
        return internal(NoticeTemplate.REMINDER, c);
    }

    /** The statutory date is near after the company target has passed (Art. 18). */
    public NoticeText statutoryReminder(Complaint c) {
        return internal(NoticeTemplate.STATUTORY_REMINDER, c);
    }

    /**
     * The reply date is the company's own target (内部时限) when it comes before the statutory deadline
     * (Art. 18); on the statutory date itself, or with no statutory date on record, it is the statute's.
     */
    static boolean isCompanyTarget(Instant replyDueBy, Instant statutoryDueBy) {
        return statutoryDueBy != null && replyDueBy != null && replyDueBy.isBefore(statutoryDueBy);
    }

    NoticeText majorComplaintReport(Complaint c) {
        return internal(NoticeTemplate.MANAGEMENT_REPORT, c);
    }

    NoticeText outcomeReport(Complaint c) {
        return internal(NoticeTemplate.OUTCOME_REPORT, c);
    }

    /** Level 1: the department head hears of the case at once and puts it before the leadership group. */
    NoticeText departmentHeadAlert(Complaint c) {
        return internal(NoticeTemplate.LEVEL_ALERT, c);
    }

    NoticeText handoverOverdue(Complaint c) {
        return internal(NoticeTemplate.HANDOVER_OVERDUE, c);
    }

    NoticeText investigationOverdue(Complaint c) {
        return internal(NoticeTemplate.INVESTIGATION_OVERDUE, c);
    }

    NoticeText progressOverdue(Complaint c) {
        return internal(NoticeTemplate.PROGRESS_OVERDUE, c);
    }

    NoticeText meetingOverdue(Complaint c) {
        return internal(NoticeTemplate.MEETING_OVERDUE, c);
    }

    private NoticeText internal(NoticeTemplate template, Complaint c) {
        return templates.render(template, NotificationChannel.INTERNAL, aboutCase(c));
    }

    /** What the complainant reads: the case's values and their name (never in a staff alert). */
    public Map<String, Object> toComplainant(Complaint c) {
        Map<String, Object> model = aboutCase(c);
        model.put("complainantName", c.getComplainantName());
        return model;
    }

    /** The case's values, without any personal data of the complainant: the model of staff alerts. */
    public Map<String, Object> aboutCase(Complaint c) {
        Map<String, Object> m = new HashMap<>();
        m.put("caseNumber", c.getCaseNumber());
        m.put("receivedAt", dateTime(c.getReceivedAt()));
        m.put("replyDueDate", date(c.getReplyDueBy()));
        m.put("replyDueAt", dateTime(c.getReplyDueBy()));
        m.put("statutoryDueAt", dateTime(c.getStatutoryDueBy()));
        m.put("companyTarget", isCompanyTarget(c.getReplyDueBy(), c.getStatutoryDueBy()));
        m.put("levelLabel", c.getLevel() == null ? null : Levels.label(c.getLevel()));
        m.put("gradingReason", c.getGradingReason());
        m.put("jointComplainants", c.getJointComplainants());
        m.put("investigationDueAt", dateTime(c.getInvestigationDueBy()));
        CompanyPeriods.Values company = periods.current();
        m.put("forwardToLeadershipWithin", span(company.of(CompanyPeriod.FORWARD_TO_LEADERSHIP)));
        m.put("handoverWithin", span(company.of(CompanyPeriod.HANDOVER)));
        m.put("leadershipMeetingWithin", span(company.of(CompanyPeriod.LEADERSHIP_MEETING)));
        m.put("findings", c.getFindings());
        m.put("resultLabel", c.getResult() == null ? null : DecisionResult.valueOf(c.getResult()).label());
        m.put("resolution", c.getResolution());
        m.put("compensation", amount(c.getCompensationAmount()));
        m.put("handlingRound", c.getHandlingRound());
        m.put("callbackOutcomeLabel", c.getCallbackOutcome() == null ? null
                : CALLBACK_LABELS.getOrDefault(c.getCallbackOutcome(), c.getCallbackOutcome()));
        return m;
    }

    /** A company period as people say it: 30分钟, 2小时, 1天. */
    public static String span(java.time.Duration d) {
        if (d.toMinutes() % (24 * 60) == 0 && d.toDays() > 0) {
            return d.toDays() + "天";
        }
        if (d.toMinutes() % 60 == 0 && d.toHours() > 0) {
            return d.toHours() + "小时";
        }
        return d.toMinutes() + "分钟";
    }

    /** A date as the complainant reads it, in the service's zone. */
    public String date(Instant instant) {
        return instant == null ? null : DATE.format(instant.atZone(properties.zone()));
    }

    public String dateTime(Instant instant) {
        return instant == null ? null : DATE_TIME.format(instant.atZone(properties.zone()));
    }

    /** No compensation (none, or zero) is not mentioned. */
    private static String amount(BigDecimal amount) {
        return amount == null || amount.signum() == 0 ? null : amount.toPlainString();
    }
}
