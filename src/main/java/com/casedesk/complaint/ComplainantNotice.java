package com.casedesk.complaint;

import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.Notifications;
import com.casedesk.notification.OutboxMessage;

/** Picks the complainant's channel: SMS when a phone number is known, otherwise e-mail. */
final class ComplainantNotice {

    private ComplainantNotice() {
    }

    static OutboxMessage send(Notifications notifications, Complaint complaint, NoticePurpose purpose, String text) {
        NotificationChannel channel = complaint.prefersSms() ? NotificationChannel.SMS : NotificationChannel.EMAIL;
        return notifications.send(complaint.getCaseNumber(), purpose, channel, complaint.preferredContact(), text);
    }
}
