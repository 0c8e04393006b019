package com.casedesk.complaint.handling;

import com.casedesk.complaint.notice.ComplaintNoticeSender;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 重大投诉 (Art. 29) are reported to senior management at intake. */
@ModelFacing
@Component("reportMajorComplaintDelegate")
class ReportMajorComplaintDelegate implements JavaDelegate {

    private final ComplaintNoticeSender sender;

    ReportMajorComplaintDelegate(ComplaintNoticeSender sender) {
        this.sender = sender;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sender.reportMajorComplaint(execution.getProcessBusinessKey());
    }
}
