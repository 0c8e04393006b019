package com.casedesk.complaint.clock;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.notice.ComplaintNoticeSender;
import com.casedesk.complaint.notice.ComplaintNotices;
import com.casedesk.process.ModelFacing;
import com.casedesk.notification.NoticePurpose;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Art. 18: the complainant is told of the extension and the new deadline. */
@ModelFacing
@Component("notifyExtensionDelegate")
class NotifyExtensionDelegate implements JavaDelegate {

    private final ComplaintRepository complaints;
    private final ComplaintNotices notices;
    private final ComplaintNoticeSender sender;

    NotifyExtensionDelegate(ComplaintRepository complaints, ComplaintNotices notices, ComplaintNoticeSender sender) {
        this.complaints = complaints;
        this.notices = notices;
        this.sender = sender;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = complaints.getByCaseNumber(execution.getProcessBusinessKey());
        sender.tellComplainant(complaint, NoticePurpose.EXTENSION, notices.extension(complaint));
    }
}
