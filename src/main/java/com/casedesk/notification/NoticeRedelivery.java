package com.casedesk.notification;

import com.casedesk.casefile.CaseNumbers;
import com.casedesk.notification.NoticeFallbacks.NoticeRoute;
import com.casedesk.notification.NoticeRedeliveryProcess.Vars;
import com.casedesk.process.AsEngine;
import com.casedesk.process.FailedJobObserver;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * A notice whose channel reported that it did not arrive ({@link NoticeFailed}) goes out again by the
 * next channel its case type answers ({@link NoticeFallbacks}), as a new notice that replaces it. The
 * sending runs in the job of {@code notice-redelivery}, started in the transaction that records the
 * failure, so a channel that is down is retried and ends as an incident like every other notice.
 * No case type owning the notice, or no channel left, is an error of that job too: an incident for
 * operators, and an event in the case's log when it happens.
 */
@Service
public class NoticeRedelivery implements FailedJobObserver {

    private final OutboxRepository outbox;
    private final Notifications notifications;
    private final List<NoticeFallbacks> fallbacks;
    private final NoticeEvents events;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;

    NoticeRedelivery(OutboxRepository outbox, Notifications notifications, List<NoticeFallbacks> fallbacks,
                     NoticeEvents events, RuntimeService runtimeService, IdentityService identityService) {
        this.identityService = identityService;
        this.outbox = outbox;
        this.notifications = notifications;
        this.fallbacks = fallbacks;
        this.events = events;
        this.runtimeService = runtimeService;
    }

    /**
     * Starts the redelivery. A whistleblowing report's number is not the business key: whoever reads
     * the redelivery model's instances (operators, compliance) must not learn which reports exist. It is
     * the service's own step, whoever reported the failure (the provider's receipt, a clerk recording a
     * returned letter): nobody needs the right to start this model.
     */
    @EventListener
    void failed(NoticeFailed failed) {
        var start = runtimeService.createProcessInstanceByKey(NoticeRedeliveryProcess.KEY)
                .setVariables(Variables.createVariables().putValue(Vars.FAILED_NOTICE_ID.name(), failed.outboxId()));
        if (!CaseNumbers.isReport(failed.caseNumber())) {
            start.businessKey(failed.caseNumber());
        }
        AsEngine.call(identityService, start::execute);
    }

    /** Sends the failed notice by the next channel; throws when there is none. */
    public OutboxMessage redeliver(long failedId) {
        OutboxMessage failed = outbox.findById(failedId)
                .orElseThrow(() -> new IllegalStateException("no outbox notice " + failedId));
        NoticeFallbacks owner = owner(failed).orElseThrow(() -> new NoRouteException("no case type owns outbox notice "
                + failedId + " (" + failed.channel() + ", " + failed.purpose() + "): nobody can name its next channel"));
        NoticeRoute route = owner.next(failed).orElseThrow(() -> new NoRouteException("no channel left for outbox notice "
                + failedId + " after " + failed.channel() + " failed (" + failed.failureCode() + ")"));
        NoticeText text = owner.textFor(failed, route.channel())
                .orElseGet(() -> new NoticeText(failed.subject(), failed.content()));
        OutboxMessage sent = notifications.send(failed.caseNumber(), failed.purpose(), route.channel(),
                route.recipient(), text, failed.id());
        events.redelivered(failed, sent, route.why());
        return sent;
    }

    /** The redelivery job became an incident: the case's log says so (the job's transaction rolled back). */
    @Override
    public void incidentCreated(FailedJob job) {
        if (!NoticeRedeliveryProcess.KEY.equals(job.processDefinitionKey())) {
            return;
        }
        Long failedId = Vars.FAILED_NOTICE_ID.get(runtimeService, job.processInstanceId());
        if (failedId != null) {
            outbox.findById(failedId).ifPresent(failed -> events.noRouteLeft(failed, job.message()));
        }
    }

    private Optional<NoticeFallbacks> owner(OutboxMessage failed) {
        return fallbacks.stream().filter(f -> f.owns(failed)).findFirst();
    }

    /** Nobody can name a next channel: retrying may help once the case's contact data is fixed. */
    public static class NoRouteException extends RuntimeException {
        NoRouteException(String message) {
            super(message);
        }
    }
}
