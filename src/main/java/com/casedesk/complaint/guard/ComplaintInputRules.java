package com.casedesk.complaint.guard;

import com.casedesk.casefile.RequiredInputs;
import com.casedesk.casefile.RequiredInputs.Field;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.clock.ExtensionProcess;
import com.casedesk.complaint.notice.NoticeFailureProcess;
import com.casedesk.complaint.review.ReviewProcess;
import com.casedesk.process.TaskAction.TaskFacts;
import com.casedesk.process.TaskInputRule;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the complaint forms require, checked before a person's complete runs (process/TaskInputGuard):
 * an empty note is a 400 naming the field on both engine REST APIs and in Tasklist, not the 500 the
 * engine makes of the listener's refusal. The listeners check the same again for the service's calls.
 */
@Component
class ComplaintInputRules implements TaskInputRule {

    private static final Field APPROVAL_NOTE = new Field(ComplaintProcess.Vars.APPROVAL_NOTE, "审批意见 Approval note", 2000);

    @Override
    public void check(TaskFacts task, Map<String, Object> submitted) {
        if (RequiredInputs.is(task, NoticeFailureProcess.KEY, NoticeFailureProcess.Elements.HANDLE)) {
            RequiredInputs.check(task, submitted, new Field(NoticeFailureProcess.Vars.NOTE, "处理意见 Action taken", 2000));
        } else if (RequiredInputs.is(task, ComplaintProcess.KEY, ComplaintProcess.Elements.APPROVE_COMPENSATION)) {
            RequiredInputs.check(task, submitted, APPROVAL_NOTE);
        } else if (RequiredInputs.is(task, ExtensionProcess.KEY, ExtensionProcess.Elements.APPROVE)) {
            RequiredInputs.check(task, submitted,
                    new Field(ExtensionProcess.Vars.APPROVAL_NOTE, "审批意见 Approval note", 2000));
        } else if (RequiredInputs.is(task, ReviewProcess.KEY, ReviewProcess.Elements.REVIEW)) {
            RequiredInputs.check(task, submitted, new Field(ReviewProcess.Vars.OPINION, "核查意见 Review opinion", 4000));
        }
    }
}
