package com.casedesk.notification.letter;

import com.casedesk.notification.ChannelSender;
import com.casedesk.notification.NoticeReceipt;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.OutboxMessage;
import org.springframework.stereotype.Component;

/**
 * Letters (书面告知): always live, since printing and posting need no outside server. A letter is
 * queued, not sent: rendered to PDF and put before the front line's 寄送书面告知 task. It proves
 * nothing until staff record its posting ({@link LetterPostings}), which is its acceptance.
 */
@Component
public class LetterChannel implements ChannelSender {

    private final LetterQueue queue;

    LetterChannel(LetterQueue queue) {
        this.queue = queue;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.LETTER;
    }

    @Override
    public NoticeReceipt deliver(OutboxMessage message) {
        return queue.queue(message);
    }
}
