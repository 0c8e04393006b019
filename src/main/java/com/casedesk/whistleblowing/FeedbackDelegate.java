package com.casedesk.whistleblowing;

import com.casedesk.notification.template.NoticeTemplate;
import com.casedesk.process.ModelFacing;
import com.casedesk.whistleblowing.WbProcess.Vars;
import java.util.HashMap;
import java.util.Map;
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
        Map<String, Object> values = new HashMap<>();
        values.put("feedbackText", Vars.FEEDBACK_TEXT.get(execution));
        notices.tell(reportNumber, "处理结果反馈 Feedback", NoticeTemplate.WB_FEEDBACK, values);
        status.set(execution.getProcessBusinessKey(), ReportStatus.Status.DECIDED);
    }
}
