package com.casedesk.complaint.notice;

import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.notification.NoticeFallbacks;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NoticeText;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.OutboxMessage;
import com.casedesk.notification.OutboxRepository;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A complaint's notice that failed goes on by the next channel in SMS, e-mail, letter for which the
 * complainant gave a contact ({@link NoticeChannels#after}), never twice by the same channel in one
 * chain of replacements. Staff alerts (INTERNAL) and notices told in person have no next channel.
 */
@Component
class ComplaintNoticeFallbacks implements NoticeFallbacks {

    private final ComplaintRepository complaints;
    private final OutboxRepository outbox;
    private final ComplaintNotices notices;

    ComplaintNoticeFallbacks(ComplaintRepository complaints, OutboxRepository outbox, ComplaintNotices notices) {
        this.complaints = complaints;
        this.outbox = outbox;
        this.notices = notices;
    }

    /** A complaint's notice: its case number is in the complaint ledger (whistleblowing reports number apart). */
    @Override
    public boolean owns(OutboxMessage failed) {
        return failed.caseNumber() != null && complaints.findByCaseNumber(failed.caseNumber()).isPresent();
    }

    @Override
    public Optional<NoticeRoute> next(OutboxMessage failed) {
        return complaints.findByCaseNumber(failed.caseNumber())
                .flatMap(complaint -> NoticeChannels.after(failed.channel(), tried(failed), complaint.getContact(),
                        failed.failureCode()))
                .map(NoticeChannels.Route::toNoticeRoute);
    }

    /** The decision has a short SMS form: by any other channel it goes again in full (Art. 19). */
    @Override
    public Optional<NoticeText> textFor(OutboxMessage failed, NotificationChannel channel) {
        if (failed.purpose() != NoticePurpose.DECISION) {
            return Optional.empty();
        }
        return complaints.findByCaseNumber(failed.caseNumber()).map(c -> notices.decision(c, channel));
    }

    /** The channels of the failed notice and of every notice it replaced, back to the first. */
    private Set<NotificationChannel> tried(OutboxMessage failed) {
        Set<NotificationChannel> channels = EnumSet.of(failed.channel());
        Set<Long> seen = new HashSet<>();
        Long previous = failed.replacesId();
        while (previous != null && seen.add(previous)) {
            Optional<OutboxMessage> replaced = outbox.findById(previous);
            if (replaced.isEmpty()) {
                break;
            }
            channels.add(replaced.get().channel());
            previous = replaced.get().replacesId();
        }
        return channels;
    }
}
