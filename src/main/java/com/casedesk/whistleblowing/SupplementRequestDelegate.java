package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.whistleblowing.WbProcess.Vars;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 请求补充材料 Request a supplement: the reporter is asked in the mailbox and the assessment clock pauses. */
@ModelFacing
@Component("wbSupplementRequestDelegate")
class SupplementRequestDelegate implements JavaDelegate {

    private final ReportStatus status;
    private final WbReporterNotices notices;
    private final WbClock clock;
    private final CaseEventLog events;

    SupplementRequestDelegate(WbReporterNotices notices, WbClock clock, CaseEventLog events, ReportStatus status) {
        this.status = status;
        this.notices = notices;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reportNumber = execution.getProcessBusinessKey();
        Date now = Date.from(clock.now());
        Date giveUpAt = clock.supplementGiveUpAt(now);
        notices.tell(reportNumber, "补充材料请求 Supplement requested", "关于您的举报（编号 " + reportNumber
                + "），请补充以下材料：" + execution.getVariable(Vars.SUPPLEMENT_REQUEST)
                + "。请于 " + clock.day(giveUpAt) + " 前通过举报信箱提交，逾期未补充的将不予受理。");
        execution.setVariable(Vars.SUPPLEMENT_REQUESTED_AT, now);
        events.append(reportNumber, CaseEventLog.SYSTEM, CaseEventType.SUPPLEMENT_REQUESTED,
                "受理期限暂停计算，补充截止 " + clock.day(giveUpAt));
        status.set(execution.getProcessBusinessKey(), ReportStatus.Status.AWAITING_SUPPLEMENT);
    }
}
