package com.casedesk.notification;

import java.time.Instant;

/** When a channel's late delivery report can be right. */
final class DeliveryReceipts {

    private DeliveryReceipts() {
    }

    /**
     * @return what is wrong with a reported delivery time, or null when it can be recorded: it must
     * lie between the channel's acceptance (a notice not yet accepted cannot have been delivered) and now
     */
    static String problem(Instant acceptedAt, Instant deliveredAt, Instant now) {
        if (deliveredAt == null) {
            return "must be given";
        }
        if (acceptedAt == null) {
            return "the notice was not sent yet";
        }
        if (deliveredAt.isAfter(now)) {
            return "must not be in the future";
        }
        if (deliveredAt.isBefore(acceptedAt)) {
            return "must not be before the channel accepted the notice (" + acceptedAt + ")";
        }
        return null;
    }
}
