package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.whistleblowing.WbProcess.Vars;
import com.casedesk.whistleblowing.WbProperties.Regime;
import java.util.Date;
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
        String text = "您的举报（编号 " + reportNumber + "）已收到，我们将依法保密并进行初步评估。"
                + (regime == Regime.EU
                        ? "我们将在 " + clock.day(clock.opinionDue(regime, reportNumber, receivedAt, Date.from(clock.now()), null)) + " 前向您反馈处理情况。"
                        : "是否受理的决定将在 " + clock.day(clock.assessmentDue(regime, reportNumber, receivedAt)) + " 前告知（补充材料期间暂停计算）。");
        notices.tell(reportNumber, "确认收到 Acknowledgement", text);
        Vars.ACKNOWLEDGED_AT.set(execution, Date.from(clock.now()));
    }
}
