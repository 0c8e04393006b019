package com.casedesk.complaint.notice;

import com.casedesk.complaint.ClockPause;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintProperties;
import com.casedesk.complaint.DecisionResult;
import com.casedesk.complaint.Levels;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** The wording of notices to complainants and staff. */
@Component
public class ComplaintNotices {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final ComplaintProperties properties;

    ComplaintNotices(ComplaintProperties properties) {
        this.properties = properties;
    }

    /** Receipt confirmed and the expected handling time told (002 §2, Art. 18). */
    String acknowledgement(Complaint c) {
        return "尊敬的" + c.getComplainantName() + "：您于" + dateTime(c.getReceivedAt()) + "提出的投诉已受理，投诉编号"
                + c.getCaseNumber() + "。我们将在" + date(c.getReplyDueBy()) + "前将处理结果告知您。";
    }

    /**
     * To the complainant of record, at the contact on file: a repeat submission was merged into their
     * open case. Only this notice names the open case next to the repeat's own number.
     */
    public String repeatMerged(Complaint open, Complaint repeat) {
        return "尊敬的" + open.getComplainantName() + "：您于" + dateTime(repeat.getReceivedAt()) + "提交的投诉（受理编号"
                + repeat.getCaseNumber() + "）与您正在处理中的投诉（编号" + open.getCaseNumber() + "）为同一事项，已合并处理。"
                + "答复期限为" + date(open.getReplyDueBy()) + "。如非本人提交，请联系我们。";
    }

    /** Decision notice with the content Art. 19 requires: findings, basis and reasons, remedies. */
    public String decision(Complaint c) {
        String compensation = c.getCompensationAmount() == null || c.getCompensationAmount().signum() == 0
                ? "" : "赔偿金额：人民币" + c.getCompensationAmount().toPlainString() + "元。";
        return "尊敬的" + c.getComplainantName() + "：关于您的投诉（编号" + c.getCaseNumber() + "），经核查："
                + nullToEmpty(c.getFindings()) + " 处理结果：" + DecisionResult.valueOf(c.getResult()).label() + "。"
                + "处理意见及依据：" + nullToEmpty(c.getResolution()) + " " + compensation
                + "如您对处理结果有异议，可自收到本告知之日起30日内向上级机构书面申请核查，"
                + "也可申请第三方调解、仲裁或依法提起诉讼。";
    }

    /** To the handlers: the reply date is the company target where that comes first, and is then not the statute's. */
    String reminder(Complaint c) {
        boolean target = isCompanyTarget(c.getReplyDueBy(), c.getStatutoryDueBy());
        return "投诉" + c.getCaseNumber() + "（" + Levels.label(c.getLevel()) + "）将于" + dateTime(c.getReplyDueBy())
                + (target ? "届满公司目标答复期限（内部时限），法定答复期限为" + dateTime(c.getStatutoryDueBy())
                        : "届满法定答复期限") + "，请尽快作出处理决定。";
    }

    /**
     * The reply date is the company's own target (内部时限) when it comes before the statutory deadline
     * (Art. 18); on the statutory date itself, or with no statutory date on record, it is the statute's.
     */
    static boolean isCompanyTarget(Instant replyDueBy, Instant statutoryDueBy) {
        return statutoryDueBy != null && replyDueBy != null && replyDueBy.isBefore(statutoryDueBy);
    }

    String majorComplaintReport(Complaint c) {
        return "重大投诉报告（第29条）：投诉" + c.getCaseNumber() + "，" + Levels.label(c.getLevel()) + "，" + c.getGradingReason()
                + "，共同投诉人数" + c.getJointComplainants() + "，受理时间" + dateTime(c.getReceivedAt()) + "，答复期限"
                + dateTime(c.getReplyDueBy()) + "。请启动应急预案。";
    }

    String outcomeReport(Complaint c) {
        return "一级投诉" + c.getCaseNumber() + "已结案：处理结果 " + DecisionResult.valueOf(c.getResult()).label()
                + (c.getCompensationAmount() == null ? "" : "，赔偿人民币" + c.getCompensationAmount().toPlainString() + "元")
                + "，处理轮次" + c.getHandlingRound() + "，回访结果 " + c.getCallbackOutcome() + "。";
    }

    /** Level 1: the department head hears of the case at once and puts it before the leadership group. */
    String departmentHeadAlert(Complaint c) {
        return "一级投诉" + c.getCaseNumber() + "（" + c.getGradingReason() + "）已受理，请立即处理，并在"
                + span(properties.forwardToLeadershipWithin()) + "内提交投诉处理领导小组。答复期限"
                + dateTime(c.getReplyDueBy()) + "。";
    }

    String handoverOverdue(Complaint c) {
        return "二级投诉" + c.getCaseNumber() + "（" + c.getGradingReason() + "）一线未在"
                + span(properties.handoverWithin()) + "内移交部门主管，请督促。答复期限" + dateTime(c.getReplyDueBy()) + "。";
    }

    String meetingOverdue(Complaint c) {
        return "一级投诉" + c.getCaseNumber() + "（" + c.getGradingReason() + "）：投诉处理领导小组未在提交后"
                + span(properties.leadershipMeetingWithin()) + "内召开应急会议并确定处理方案，请督促。答复期限"
                + dateTime(c.getReplyDueBy()) + "。";
    }

    public String extension(Complaint c) {
        return "尊敬的" + c.getComplainantName() + "：您的投诉（编号" + c.getCaseNumber() + "）情况复杂，经批准，处理期限延长至"
                + date(c.getReplyDueBy()) + "。";
    }

    public String pause(Complaint c, ClockPause.Kind kind) {
        return "尊敬的" + c.getComplainantName() + "：您的投诉（编号" + c.getCaseNumber() + "）进入" + kind.label()
                + "程序，该期间不计入处理期限。我们将在程序结束后继续处理并告知您新的答复期限。";
    }

    public String resumed(Complaint c) {
        return "尊敬的" + c.getComplainantName() + "：您的投诉（编号" + c.getCaseNumber() + "）已恢复处理，答复期限为"
                + date(c.getReplyDueBy()) + "。";
    }

    /** A configured period as people say it: 30分钟, 2小时, 1天. */
    public static String span(java.time.Duration d) {
        if (d.toMinutes() % (24 * 60) == 0 && d.toDays() > 0) {
            return d.toDays() + "天";
        }
        if (d.toMinutes() % 60 == 0 && d.toHours() > 0) {
            return d.toHours() + "小时";
        }
        return d.toMinutes() + "分钟";
    }

    private String date(Instant instant) {
        return DATE.format(instant.atZone(properties.zone()));
    }

    private String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(properties.zone()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
