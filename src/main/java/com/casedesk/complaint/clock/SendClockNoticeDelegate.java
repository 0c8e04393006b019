package com.casedesk.complaint.clock;

import com.casedesk.complaint.ClockPause;
import com.casedesk.complaint.ClockPauseRepository;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.notice.ComplaintNoticeSender;
import com.casedesk.complaint.notice.ComplaintNotices;
import com.casedesk.complaint.notice.NoticeProcess;
import com.casedesk.process.ModelFacing;
import com.casedesk.notification.NoticePurpose;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells the complainant that the clock was paused (and why) or resumed (and the new deadline); for a
 * repeat merged at intake, acknowledges the repeat's own number, or tells the complainant of record of
 * the merge (issue 13 §5).
 */
@ModelFacing
@Component("sendClockNoticeDelegate")
public class SendClockNoticeDelegate implements JavaDelegate {

    private final ComplaintRepository complaints;
    private final ClockPauseRepository pauses;
    private final ComplaintNotices notices;
    private final ComplaintNoticeSender sender;

    SendClockNoticeDelegate(ComplaintRepository complaints, ClockPauseRepository pauses, ComplaintNotices notices,
                            ComplaintNoticeSender sender) {
        this.complaints = complaints;
        this.pauses = pauses;
        this.notices = notices;
        this.sender = sender;
    }

    /** {@code noticeKind} values besides PAUSE and RESUME. */
    public static final String ACKNOWLEDGEMENT = "ACKNOWLEDGEMENT";
    public static final String REPEAT_MERGED = "REPEAT_MERGED";

    @Override
    public void execute(DelegateExecution execution) {
        String kind = NoticeProcess.kind(execution);
        if (ACKNOWLEDGEMENT.equals(kind)) {
            sender.acknowledge(execution.getProcessBusinessKey());
            return;
        }
        Complaint complaint = complaints.getByCaseNumber(execution.getProcessBusinessKey());
        if (REPEAT_MERGED.equals(kind)) {
            Complaint repeat = complaints.getByCaseNumber(NoticeProcess.repeatCaseNumber(execution));
            sender.tellComplainant(complaint, NoticePurpose.ACKNOWLEDGEMENT, notices.repeatMerged(complaint, repeat));
            return;
        }
        ClockPause pause = pauses.findById(NoticeProcess.pauseId(execution)).orElseThrow();
        String text = "PAUSE".equals(kind)
                ? notices.pause(complaint, pause.kind())
                : notices.resumed(complaint);
        sender.tellComplainant(complaint, NoticePurpose.PAUSE, text);
    }
}
