package com.casedesk.whistleblowing;

import com.casedesk.notification.template.NoticeTemplate;
import com.casedesk.process.ModelFacing;
import com.casedesk.whistleblowing.WbProcess.Vars;
import com.casedesk.whistleblowing.WbProperties.Regime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 确认收到 Acknowledge: the reporter learns the report arrived (EU: within 7 days; CN: the receipt). */
@ModelFacing
@Component("wbAcknowledgeDelegate")
class WbAcknowledgeDelegate implements JavaDelegate {

    private final WbReporterNotices notices;
    private final WbClock clock;

    WbAcknowledgeDelegate(WbReporterNotices notices, WbClock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reportNumber = execution.getProcessBusinessKey();
        Date receivedAt = Vars.RECEIVED_AT.require(execution);
        Regime regime = clock.regimeOf(Vars.REGIME.get(execution));
        Map<String, Object> values = new HashMap<>();
        values.put("euRegime", regime == Regime.EU);
        values.put("feedbackDueDate", regime == Regime.EU
                ? clock.day(clock.opinionDue(regime, reportNumber, receivedAt, Date.from(clock.now()), null)) : null);
        values.put("assessmentDueDate", regime == Regime.EU ? null
                : clock.day(clock.assessmentDue(regime, reportNumber, receivedAt)));
        notices.tell(reportNumber, "确认收到 Acknowledgement", NoticeTemplate.WB_ACKNOWLEDGEMENT, values);
        Vars.ACKNOWLEDGED_AT.set(execution, Date.from(clock.now()));
    }
}
