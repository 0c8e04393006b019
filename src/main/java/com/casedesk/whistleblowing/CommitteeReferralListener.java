package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.whistleblowing.WbProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 移送监管或司法机关 Referral: the committee records to which authority and how the case was referred. */
@ModelFacing
@Component("wbCommitteeReferralListener")
class CommitteeReferralListener implements TaskListener {

    private final CaseEventLog events;

    CommitteeReferralListener(CaseEventLog events) {
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        String authority = WbInput.required(task, Vars.REFERRAL_AUTHORITY, 200);
        String note = WbInput.required(task, Vars.REFERRAL_NOTE, 2000);
        events.append(task.getExecution().getProcessBusinessKey(), CaseEventType.REFERRED_TO_AUTHORITY,
                authority + "：" + note);
    }
}
