package com.casedesk.complaint;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.ComplaintProcess.Vars;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Art. 18 ¶3: the same complaint made again while it is being handled is merged into the open case;
 * new facts or reasons restart the clock from their receipt. "The same complaint" here means the
 * same complainant (ID number, else phone, else e-mail), the same category and the same unit.
 */
@Component
class RepeatComplaints {

    private final ComplaintRepository complaints;
    private final StatutoryClock statutoryClock;
    private final RuntimeService runtimeService;
    private final CaseEventLog events;

    RepeatComplaints(ComplaintRepository complaints, StatutoryClock statutoryClock, RuntimeService runtimeService,
                     CaseEventLog events) {
        this.complaints = complaints;
        this.statutoryClock = statutoryClock;
        this.runtimeService = runtimeService;
        this.events = events;
    }

    Optional<Complaint> openRepeatOf(ComplaintSubmission s) {
        var who = s.complainant();
        String unit = s.respondent() == null ? null : blankToNull(s.respondent().unit());
        return complaints.findOpenRepeatOf(s.category().name(), unit, blankToNull(who.idNumber()),
                blankToNull(who.phone()), blankToNull(who.email())).stream().findFirst();
    }

    Complaint merge(Complaint open, ComplaintSubmission s, Instant receivedAt, String registeredBy) {
        boolean newFacts = !Objects.equals(open.getFacts().strip(), s.facts().strip())
                || !Objects.equals(open.getRequest().strip(), s.request().strip());
        String actor = registeredBy == null ? ComplaintIntake.COMPLAINANT : registeredBy;
        events.append(open.getCaseNumber(), actor, CaseEventType.REPEAT_MERGED, "重复投诉已合并，渠道 "
                + s.channel().label() + (newFacts ? "，新事实或理由: " + s.request() + " / " + s.facts() : "，无新事实"));
        if (!newFacts) {
            return open;
        }
        events.append(open.getCaseNumber(), actor, CaseEventType.CLOCK_RESTARTED, "新事实或理由，自收到之日起重新计算期限 (Art. 18)");
        Complaint restarted = complaints.getByCaseNumber(open.getCaseNumber());
        statutoryClock.restart(restarted, receivedAt);
        runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.KEY)
                .processInstanceBusinessKey(open.getCaseNumber()).list()
                .forEach(pi -> runtimeService.setVariable(pi.getId(), Vars.FACTS,
                        runtimeService.getVariable(pi.getId(), Vars.FACTS) + "\n\n【补充 " + receivedAt + "】" + s.request()
                                + "\n" + s.facts()));
        return complaints.getByCaseNumber(open.getCaseNumber());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
