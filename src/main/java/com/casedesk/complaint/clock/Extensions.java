package com.casedesk.complaint.clock;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.ComplaintExtension;
import com.casedesk.complaint.ComplaintExtensionRepository;
import java.time.Instant;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Service;

/**
 * Extensions of a complaint's deadlines (Art. 18; 002 §4.1) once they are asked for: who may approve
 * one, the approver's decision in the ledger, and the deadline an approved one moves.
 */
@Service
public class Extensions {

    /** Prefixed to the approver's note when the approval came after the statutory date. */
    static final String LATE = "逾期批准无效：法定答复期限已届满，不得延长 (Art. 18)。";

    private final ComplaintExtensionRepository extensions;
    private final StatutoryClock statutoryClock;
    private final InvestigationClock investigationClock;
    private final DeadlinePropagation propagation;
    private final ComplaintClock clock;
    private final CaseEventLog events;

    Extensions(ComplaintExtensionRepository extensions, StatutoryClock statutoryClock,
               InvestigationClock investigationClock, DeadlinePropagation propagation, ComplaintClock clock,
               CaseEventLog events) {
        this.extensions = extensions;
        this.statutoryClock = statutoryClock;
        this.investigationClock = investigationClock;
        this.propagation = propagation;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Four eyes: whoever asked for the extension may neither take nor decide its approval. A null actor
     * (the task handed back to the group, or a system call) is not refused.
     */
    static void requireNotRequester(String taskName, String actor, String requestedBy) {
        if (actor != null && actor.equals(requestedBy)) {
            throw new BadUserRequestException("四眼原则 (four-eyes): " + actor + " is the requester"
                    + " and cannot also approve '" + taskName + "'");
        }
    }

    /**
     * The approver's answer as the form submitted it: radio buttons send "true"/"false" strings, the REST
     * API a Boolean; anything else, or nothing, is refused.
     */
    static boolean approved(String variable, Object submitted) {
        boolean approved = Boolean.TRUE.equals(submitted) || "true".equals(submitted);
        if (submitted == null || !(approved || Boolean.FALSE.equals(submitted) || "false".equals(submitted))) {
            throw new BadUserRequestException(variable + " must be true or false");
        }
        return approved;
    }

    /** The user completing the approval task, once four eyes allow them to decide. */
    String approver(String taskName, String requestedBy) {
        String approver = events.currentActor();
        requireNotRequester(taskName, approver, requestedBy);
        return approver;
    }

    /**
     * Records the approver's decision and says whether the extension is granted: a statutory extension
     * approved after the statutory date has passed is recorded as refused for lateness (Art. 18), so a
     * late case is never counted on time.
     */
    boolean decide(long extensionId, boolean approved, String approver, String note) {
        ComplaintExtension extension = extensions.findById(extensionId).orElse(null);
        if (extension == null) {
            return approved;
        }
        Instant now = clock.now();
        boolean late = approved && extension.kind() == ComplaintExtension.Kind.STATUTORY
                && !statutoryClock.extensibleAt(extension.caseNumber(), now);
        extensions.save(extension.decide(approved && !late, approver, now, late ? LATE + note : note));
        return approved && !late;
    }

    /** A rejected extension changes no deadline; the approver's note goes into the case's event log and the clock's history. */
    void rejected(String caseNumber, long extensionId, String approvalNote) {
        extensions.findById(extensionId).filter(e -> e.kind() == ComplaintExtension.Kind.STATUTORY)
                .ifPresent(e -> statutoryClock.extensionRefused(caseNumber, e.decidedAt() == null ? clock.now() : e.decidedAt(),
                        e.requestedBy(), e.decidedBy(), e.opinion()));
        events.append(caseNumber, CaseEventType.EXTENSION_REJECTED, approvalNote);
    }

    /** An approved extension moves the reply deadline or the investigation deadline (within the reply deadline). */
    void apply(String caseNumber, ComplaintExtension.Kind kind, long extensionId, Integer workingDays, String approvalNote) {
        events.append(caseNumber, CaseEventType.EXTENSION_APPROVED, approvalNote);
        if (kind == ComplaintExtension.Kind.INVESTIGATION) {
            propagation.propagate(investigationClock.extend(caseNumber, workingDays));
        } else {
            ComplaintExtension e = extensions.findById(extensionId).orElseThrow();
            statutoryClock.extend(caseNumber, e.decidedAt() == null ? clock.now() : e.decidedAt(), e.requestedBy(),
                    e.decidedBy(), approvalNote);
        }
    }
}
