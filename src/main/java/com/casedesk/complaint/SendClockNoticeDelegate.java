package com.casedesk.complaint;

import com.casedesk.process.ModelFacing;
import com.casedesk.notification.NoticePurpose;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the complainant that the clock was paused (and why) or resumed (and the new deadline). */
@ModelFacing
@Component("sendClockNoticeDelegate")
class SendClockNoticeDelegate implements JavaDelegate {

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

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = complaints.getByCaseNumber(execution.getProcessBusinessKey());
        ClockPause pause = pauses.findById(((Number) execution.getVariable("pauseId")).longValue()).orElseThrow();
        String text = "PAUSE".equals(execution.getVariable("noticeKind"))
                ? notices.pause(complaint, pause.kind())
                : notices.resumed(complaint);
        sender.tellComplainant(complaint, NoticePurpose.PAUSE, text);
    }
}
