package com.casedesk.complaint.form;

import static com.casedesk.complaint.form.FormDisplayNames.*;

import com.casedesk.audit.AuditAction;
import com.casedesk.audit.AuditLog;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintExtension;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.RootCause;
import com.casedesk.complaint.access.ContactDisclosure;
import com.casedesk.complaint.clock.ExtensionProcess;
import com.casedesk.complaint.clock.InvestigationClock;
import com.casedesk.deadline.ServiceZone;
import com.casedesk.process.EngineCaller;
import com.casedesk.process.TaskAction.TaskFacts;
import com.casedesk.process.TaskFormDisplay;
import com.casedesk.security.PersonalDataMask;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the complaint forms show beyond the process variables (issue 17), read from the ledger when the
 * form is opened: the reply and statutory deadlines as dates, labels instead of codes, the complainant's
 * phone on the callback form (in full for those who call back, {@link ContactDisclosure}; masked for
 * every other reader; every read audited like the API's), the previous round's outcome and the
 * complainant's reason on a later round, the request, the respondent unit and the amount claimed (issue 20: not stored in the engine), the claim beside the compensation, and the investigation dates
 * of an extension request.
 */
@Component
class ComplaintFormDisplay implements TaskFormDisplay {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final ComplaintRepository complaints;
    private final InvestigationClock investigationClock;
    private final PreviousRound previousRound;
    private final AuditLog audit;
    private final ServiceZone zone;

    ComplaintFormDisplay(ComplaintRepository complaints, InvestigationClock investigationClock,
                         PreviousRound previousRound, AuditLog audit, ServiceZone zone) {
        this.complaints = complaints;
        this.investigationClock = investigationClock;
        this.previousRound = previousRound;
        this.audit = audit;
        this.zone = zone;
    }

    @Override
    public Set<String> names() {
        return ALL;
    }

    @Override
    public Map<String, Object> values(TaskFacts task, EngineCaller caller, Set<String> wanted) {
        Map<String, Object> shown = new LinkedHashMap<>();
        String process = task.processDefinitionKey();
        if (process == null || !process.startsWith("complaint-") || task.businessKey() == null) {
            return shown;
        }
        Complaint complaint = complaints.findByCaseNumber(task.businessKey()).orElse(null);
        if (complaint == null) {
            return shown;
        }
        shown.put(REPLY_DEADLINE, day(complaint.getReplyDueBy()));
        shown.put(STATUTORY_DEADLINE, day(complaint.getStatutoryDueBy() != null ? complaint.getStatutoryDueBy()
                : complaint.getReplyDueBy()));
        shown.put(REQUEST, complaint.getRequest());
        shown.put(RESPONDENT_UNIT, complaint.getRespondentUnit());
        shown.put(CLAIMED_AMOUNT, complaint.getClaimedAmount() == null ? 0.0 : complaint.getClaimedAmount().doubleValue());
        shown.put(CHANNEL_LABEL, complaint.getChannel() == null ? null : complaint.getChannel().label());
        shown.put(BUSINESS_LINE_LABEL, complaint.getBusinessLine() == null ? null : complaint.getBusinessLine().label());
        shown.put(CATEGORY_LABEL, complaint.getCategory() == null ? null : complaint.getCategory().label());
        shown.put(STATUS_LABEL, Labels.status(complaint.getStatus()));
        shown.put(ROOT_CAUSE_LABEL, rootCause(complaint.getRootCause()));
        if (ComplaintProcess.KEY.equals(process)) {
            handling(task, caller, wanted, complaint, shown);
        } else if (ExtensionProcess.KEY.equals(process) && ComplaintExtension.Kind.INVESTIGATION.name()
                .equals(task.variable(ExtensionProcess.Vars.EXTENSION_KIND.name()))) {
            Object days = task.variable(ExtensionProcess.Vars.EXTENSION_DAYS.name());
            shown.put(INVESTIGATION_DEADLINE, day(complaint.getInvestigationDueBy()));
            if (days instanceof Number n) {
                shown.put(NEW_INVESTIGATION_DEADLINE, day(investigationClock.extendedDue(complaint, n.intValue())));
            }
        }
        return shown;
    }

    private void handling(TaskFacts task, EngineCaller caller, Set<String> wanted, Complaint complaint,
                          Map<String, Object> shown) {
        String step = task.taskDefinitionKey();
        if (Elements.CALLBACK.equals(step) && wanted.contains(COMPLAINANT_PHONE)) {
            boolean inFull = ContactDisclosure.inFull(caller.groupIds());
            String phone = complaint.getComplainantPhone();
            // no read without a record, as on GET /api/complaints/{caseNumber}
            audit.recordFor(caller.userId(), inFull ? AuditAction.COMPLAINT_READ_FULL : AuditAction.COMPLAINT_READ_MASKED,
                    complaint.getCaseNumber(), "满意度回访表单 callback form, task " + task.id() + ": 投诉人电话 phone", null);
            shown.put(COMPLAINANT_PHONE, inFull ? phone : PersonalDataMask.phone(phone));
        }
        if (complaint.getHandlingRound() > 1 || Elements.REVIEW_UNSATISFIED.equals(step)) {
            PreviousRound.Outcome previous = previousRound.of(complaint.getCaseNumber(),
                    !Elements.REVIEW_UNSATISFIED.equals(step));
            shown.put(PREVIOUS_ROUND_RESULT, previous.result());
            shown.put(UNSATISFIED_REASON, previous.reason());
        }
        if (Elements.APPROVE_COMPENSATION.equals(step)) {
            boolean exceeds = Labels.exceeds(complaint.getCompensationAmount(), complaint.getClaimedAmount());
            shown.put(COMPENSATION_EXCEEDS_CLAIM, exceeds);
            shown.put(COMPENSATION_WARNING, exceeds ? Labels.compensationWarning(complaint.getCompensationAmount(),
                    complaint.getClaimedAmount()) : null);
        }
    }

    private String day(Instant at) {
        return at == null ? null : DAY.format(at.atZone(zone.zone()));
    }

    private static String rootCause(String code) {
        if (code == null) {
            return null;
        }
        try {
            return RootCause.valueOf(code).label();
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }
}
