package com.casedesk.complaint.clock;

import com.casedesk.complaint.notice.NoticeProcess;
import com.casedesk.complaint.notice.NoticeProcess.Vars;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells the complainant that the clock was paused (and why) or resumed (and the new deadline); for a
 * repeat merged at intake, acknowledges the repeat's own number, or tells the complainant of record of
 * the merge (issue 13 §5). The choice is {@link ClockNotices}'.
 */
@ModelFacing
@Component("sendClockNoticeDelegate")
public class SendClockNoticeDelegate implements JavaDelegate {

    /** {@code noticeKind} values besides PAUSE and RESUME. */
    public static final String ACKNOWLEDGEMENT = ClockNotices.ACKNOWLEDGEMENT;
    public static final String REPEAT_MERGED = ClockNotices.REPEAT_MERGED;

    private final ClockNotices notices;

    SendClockNoticeDelegate(ClockNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.send(execution.getProcessBusinessKey(), NoticeProcess.kind(execution), Vars.PAUSE_ID.get(execution),
                Vars.REPEAT_CASE_NUMBER.get(execution));
    }
}
