package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.whistleblowing.WbProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 反馈举报人 Feedback: the reporter is told the outcome as far as confidentiality and law allow — the
 * redacted text the committee wrote, never the decision's reasoning.
 */
@ModelFacing
@Component("wbFeedbackDelegate")
class FeedbackDelegate implements JavaDelegate {

    private final ReportStatus status;
    private final WbReporterNotices notices;

    FeedbackDelegate(WbReporterNotices notices, ReportStatus status) {
        this.status = status;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reportNumber = execution.getProcessBusinessKey();
        notices.tell(reportNumber, "处理结果反馈 Feedback", "关于您的举报（编号 " + reportNumber + "）的处理情况："
                + Vars.FEEDBACK_TEXT.get(execution) + " 感谢您的举报；如遭受打击报复，请通过举报信箱告知我们。");
        status.set(execution.getProcessBusinessKey(), ReportStatus.Status.DECIDED);
    }
}
