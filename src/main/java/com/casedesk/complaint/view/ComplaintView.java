package com.casedesk.complaint.view;

import com.casedesk.complaint.clock.ClockHistory;
import com.casedesk.complaint.ComplaintStatus;
import com.casedesk.complaint.ComplaintFlag;
import com.casedesk.complaint.ComplaintExtension;
import com.casedesk.complaint.ComplaintCategory;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ClockPause;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.PreferredChannel;
import com.casedesk.complaint.BusinessLine;
import com.casedesk.complaint.review.ReviewView;
import com.casedesk.rectification.RectificationAction;
import com.casedesk.casefile.CaseEvent;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.OutboxMessage;
import com.casedesk.notification.RecipientMask;
import com.casedesk.security.PersonalDataMask;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A ledger record as staff read it: the case, its handling progress and the notices sent. */
public record ComplaintView(
        String caseNumber,
        Channel channel,
        ComplaintStatus status,
        Integer level,
        String gradingReason,
        Party complainant,
        Respondent respondent,
        BusinessLine businessLine,
        ComplaintCategory category,
        String request,
        String facts,
        BigDecimal claimedAmount,
        int jointComplainants,
        Set<ComplaintFlag> flags,
        Instant receivedAt,
        String registeredBy,
        Instant replyDueBy,
        Clock clock,
        boolean majorComplaint,
        String currentOwner,
        int handlingRound,
        String findings,
        String rootCause,
        String result,
        String resolution,
        BigDecimal compensationAmount,
        Instant decidedAt,
        String decidedBy,
        Instant feedbackSentAt,
        /** The decision notice's proof of notice (Art. 21): delivered, else accepted by the channel, else told in person. */
        Instant decisionNoticeProvedAt,
        String callbackOutcome,
        int escalationCount,
        Instant closedAt,
        Instant withdrawnAt,
        String withdrawalReason,
        /** The open case this repeat was merged into (status MERGED), else null. */
        String mergedInto,
        List<Event> events,
        List<Notice> notices,
        List<ClockPause> pauses,
        List<ComplaintExtension> extensions,
        List<RectificationAction> rectifications,
        List<ReviewView> reviews,
        List<com.casedesk.casefile.CaseDocument> documents,
        /** The reply clock's history (Art. 18, 43): the original statutory date, then every change to it. */
        List<ClockHistory.Entry> clockHistory) {

    /** What the reply deadline is made of (Art. 18): reply due = the earlier of statutory and target. */
    public record Clock(Instant startedAt, int statutoryDays, boolean complex, boolean extended, Instant statutoryDueBy,
                        Instant targetDueBy, boolean paused, Instant pausedSince, long pausedSeconds,
                        Instant investigationDueBy) {
    }

    /** {@code preferredChannel}: how the complainant asked to be told (SMS, EMAIL, LETTER), or null. */
    public record Party(String name, String idNumber, String phone, String email, String address,
                        PreferredChannel preferredChannel) {

        /** ID number, phone, e-mail and address partly hidden; the name stays (staff address the complainant by it). */
        Party masked() {
            return new Party(name, PersonalDataMask.idNumber(idNumber), PersonalDataMask.phone(phone),
                    PersonalDataMask.email(email), PersonalDataMask.address(address), preferredChannel);
        }
    }

    public record Respondent(String unit, String staffName, String staffId) {
    }

    public record Event(Instant at, String actor, String type, String detail) {
    }

    /**
     * {@code proofAt}: the one timestamp that proves the notice (deliveredAt if known, else acceptedAt);
     * {@code reference}: the channel's (message id, tracking reference); {@code contentHash}: SHA-256 of
     * what was handed to the channel; {@code failedAt}/{@code failureCode}: the channel reported it did
     * not arrive; {@code replacesId}: the notice this one sent again by the next channel.
     */
    public record Notice(long id, String purpose, String channel, String recipient, Instant createdAt, Instant sentAt,
                         String subject, String content, String contentHash, String reference, Instant acceptedAt,
                         Instant deliveredAt, Instant proofAt, Instant failedAt, String failureCode, Long replacesId) {

        static Notice of(OutboxMessage n) {
            return new Notice(n.id(), n.purpose().name(), n.channel().name(), n.recipient(), n.createdAt(), n.sentAt(),
                    n.subject(), n.content(), n.contentHash(), n.deliveryReference(), n.acceptedAt(), n.deliveredAt(),
                    n.proofAt(), n.failedAt(), n.failureCode(), n.replacesId());
        }

        Notice withMaskedRecipient() {
            return new Notice(id, purpose, channel, RecipientMask.mask(NotificationChannel.valueOf(channel), recipient),
                    createdAt, sentAt, subject, content, contentHash, reference, acceptedAt, deliveredAt, proofAt,
                    failedAt, failureCode, replacesId);
        }
    }

    /** The same record with the notices' recipients masked: only compliance reads them in full (issue 16). */
    public ComplaintView withMaskedNoticeRecipients() {
        return new ComplaintView(caseNumber, channel, status, level, gradingReason, complainant, respondent,
                businessLine, category, request, facts, claimedAmount, jointComplainants, flags, receivedAt, registeredBy,
                replyDueBy, clock, majorComplaint, currentOwner, handlingRound, findings, rootCause, result, resolution,
                compensationAmount, decidedAt, decidedBy, feedbackSentAt, decisionNoticeProvedAt, callbackOutcome, escalationCount, closedAt,
                withdrawnAt, withdrawalReason, mergedInto, events, notices.stream().map(Notice::withMaskedRecipient).toList(),
                pauses, extensions, rectifications, reviews, documents, clockHistory);
    }

    /** The same record with the complainant's contact data masked (docs/security.md, Masking). */
    public ComplaintView withMaskedContact() {
        return new ComplaintView(caseNumber, channel, status, level, gradingReason, complainant.masked(), respondent,
                businessLine, category, request, facts, claimedAmount, jointComplainants, flags, receivedAt, registeredBy,
                replyDueBy, clock, majorComplaint, currentOwner, handlingRound, findings, rootCause, result, resolution,
                compensationAmount, decidedAt, decidedBy, feedbackSentAt, decisionNoticeProvedAt, callbackOutcome, escalationCount, closedAt,
                withdrawnAt, withdrawalReason, mergedInto, events, notices, pauses, extensions, rectifications, reviews, documents,
                clockHistory);
    }

    static ComplaintView of(Complaint c, int statutoryDays, List<CaseEvent> events, List<OutboxMessage> notices,
                            List<ClockPause> pauses, List<ComplaintExtension> extensions,
                            List<RectificationAction> rectifications, List<ReviewView> reviews,
                            List<com.casedesk.casefile.CaseDocument> documents, List<ClockHistory.Entry> clockHistory,
                            Instant decisionNoticeProvedAt) {
        return new ComplaintView(c.getCaseNumber(), c.getChannel(), c.getStatus(), c.getLevel(), c.getGradingReason(),
                new Party(c.getComplainantName(), c.getComplainantIdNumber(), c.getContact().phone(),
                        c.getContact().email(), c.getContact().address(), c.getContact().preferredChannel()),
                new Respondent(c.getRespondentUnit(), c.getRespondentStaff(), c.getRespondentStaffId()),
                c.getBusinessLine(), c.getCategory(), c.getRequest(), c.getFacts(), c.getClaimedAmount(),
                c.getJointComplainants(), c.flagSet(), c.getReceivedAt(), c.getRegisteredBy(), c.getReplyDueBy(),
                new Clock(c.getClockStartedAt(), statutoryDays, c.isComplexCase(), c.isExtended(), c.getStatutoryDueBy(),
                        c.getTargetDueBy(), c.isPaused(), c.getPausedSince(), c.getPausedSeconds(),
                        c.getInvestigationDueBy()),
                c.isMajorComplaint(),
                c.getCurrentOwner(), c.getHandlingRound(), c.getFindings(), c.getRootCause(), c.getResult(),
                c.getResolution(), c.getCompensationAmount(), c.getDecidedAt(), c.getDecidedBy(), c.getFeedbackSentAt(),
                decisionNoticeProvedAt,
                c.getCallbackOutcome(), c.getEscalationCount(), c.getClosedAt(), c.getWithdrawnAt(), c.getWithdrawalReason(),
                c.getMergedInto(),
                events.stream().map(e -> new Event(e.occurredAt(), e.actor(), e.eventType(), e.detail())).toList(),
                notices.stream().map(Notice::of).toList(),
                pauses, extensions, rectifications, reviews, documents, clockHistory);
    }
}
