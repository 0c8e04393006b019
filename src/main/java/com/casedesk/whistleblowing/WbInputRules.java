package com.casedesk.whistleblowing;

import static com.casedesk.casefile.RequiredInputs.task;

import com.casedesk.casefile.RequiredInputs;
import com.casedesk.casefile.RequiredInputs.Choice;
import com.casedesk.casefile.RequiredInputs.Field;
import com.casedesk.casefile.RequiredInputs.Input;
import com.casedesk.process.TaskAction.TaskFacts;
import com.casedesk.process.TaskInputRule;
import com.casedesk.whistleblowing.WbProcess.Elements;
import com.casedesk.whistleblowing.WbProcess.Vars;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The text the whistleblowing forms require, checked before a person's complete runs
 * (process/TaskInputGuard): an empty note is a 400 naming the field, not the engine's 500 around the
 * listener's refusal. Asked only for someone who may work the task, so it tells nobody else anything.
 * The listeners check the same again (WbInput) for the service's own calls.
 */
@Component
class WbInputRules implements TaskInputRule {

    private static final Field ESCALATION_NOTE = new Field(Vars.ESCALATION_NOTE, "督办措施 Escalation note", 2000);

    /** Task (process key / activity) → the fields its form requires, as its listener reads them. */
    static final Map<String, List<Input>> REQUIRED = Map.ofEntries(
            task(WbNoticeFailureProcess.KEY, WbNoticeFailureProcess.Elements.HANDLE,
                    new Field(WbNoticeFailureProcess.Vars.NOTE, "处理意见 Action taken", 2000)),
            task(WbProcess.KEY, Elements.SUMMARY, new Field(Vars.ROOT_CAUSE, "根本原因 Root cause", 4000),
                    new Field(Vars.CONTROL_FIXES, "内控整改措施 Control fixes", 4000)),
            task(WbProcess.KEY, Elements.REFER, new Field(Vars.REFERRAL_AUTHORITY, "接收机关 Authority", 200),
                    new Field(Vars.REFERRAL_NOTE, "移送情况 Referral note", 2000)),
            task(WbProcess.KEY, Elements.APPROVE_EXTENSION,
                    Choice.yesNo(Vars.EXTENSION_APPROVED, "审批结果 Approval"), new Field(Vars.APPROVAL_NOTE, "审批意见 Approval note", 2000)),
            task(WbProcess.KEY, Elements.ESCALATE, ESCALATION_NOTE),
            task(WbProcess.KEY, Elements.ESCALATE_ASSESSMENT, ESCALATION_NOTE),
            task(WbProcess.KEY, Elements.ESCALATE_FEEDBACK, ESCALATION_NOTE),
            task(WbProcess.KEY, Elements.PROTECTION_CHECK,
                    new Field(Vars.PROTECTION_NOTE, "回访情况及保护措施 Follow-up note", 2000)));

    @Override
    public void check(TaskFacts task, Map<String, Object> submitted) {
        RequiredInputs.check(REQUIRED, task, submitted);
    }
}
