package com.casedesk.complaint.notice;

import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplainantContact;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.PreferredChannel;
import com.casedesk.notification.NoticeFallbacks.NoticeRoute;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.OutboxMessage;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which channel a notice to the complainant takes, and to which recipient (issue 16, "the complainant's
 * channel decides"):
 * <ol>
 * <li>a {@code preferredChannel} stated at intake wins when its contact is on file (Art. 21: a method
 *     agreed with the complainant prevails);</li>
 * <li>else the intake channel: a complaint by e-mail is answered by e-mail, a letter by letter, every other
 *     channel (ONLINE, APP, HOTLINE, BRANCH, a regulator's transfer) by SMS to a mobile number;</li>
 * <li>else SMS, e-mail, letter — the first whose contact exists.</li>
 * </ol>
 * Intake validation makes sure a complainant has a phone, an e-mail or a postal address. Two cases are
 * still left, handled defensively: only a landline number (no SMS can reach it) — the SMS is tried all the
 * same, its failed receipt ends as an incident for staff, who call; and no contact at all (data repaired by
 * hand) — a letter to {@value #NO_ADDRESS}, which staff see in the letters to post.
 * After a channel failed, {@link #after} answers the next one in the same order.
 */
public final class NoticeChannels {

    /** The recipient of a letter for a complainant with no contact on file. */
    public static final String NO_ADDRESS = "地址不详";
    private static final List<PreferredChannel> ORDER = List.of(PreferredChannel.SMS, PreferredChannel.EMAIL,
            PreferredChannel.LETTER);

    private NoticeChannels() {
    }

    /**
     * A channel and recipient, why they were chosen, the channel that was meant (the preferred one, else the
     * intake channel's), and whether the notice does not go the way the complainant asked or the intake
     * channel suggests, or not to the contact meant for it. {@code why} names channels and missing
     * contacts, never a contact itself.
     */
    public record Route(NotificationChannel channel, String recipient, String why, NotificationChannel intended,
                        boolean isFallback) {

        NoticeRoute toNoticeRoute() {
            return new NoticeRoute(channel, recipient, why);
        }

        /** What the case's event log says about a fallback (no recipient: it is personal data). */
        public String fallbackDetail(NoticePurpose purpose, OutboxMessage sent) {
            return purpose + " 经 " + channel + " 告知（应为 " + intended + "）: " + why + " (outbox " + sent.id() + ")";
        }
    }

    public static Route forComplainant(Complaint complaint) {
        return choose(complaint.getChannel(), complaint.getContact());
    }

    static Route choose(Channel intake, ComplainantContact contact) {
        PreferredChannel preferred = contact.preferredChannel();
        if (preferred != null && contact.recipientFor(preferred) != null) {
            return new Route(of(preferred), contact.recipientFor(preferred), "preferred", of(preferred), false);
        }
        PreferredChannel byIntake = switch (intake) {
            case EMAIL -> PreferredChannel.EMAIL;
            case LETTER -> PreferredChannel.LETTER;
            default -> PreferredChannel.SMS;
        };
        NotificationChannel intended = of(preferred != null ? preferred : byIntake);
        String unheld = preferred == null ? "" : "preferred " + preferred + ": " + missing(preferred) + "; ";
        if (contact.recipientFor(byIntake) != null) {
            return new Route(of(byIntake), contact.recipientFor(byIntake), unheld + "intake channel " + intake, intended,
                    preferred != null);
        }
        String why = unheld + "fallback: " + missing(byIntake);
        for (PreferredChannel next : ORDER) {
            if (contact.recipientFor(next) != null) {
                return new Route(of(next), contact.recipientFor(next), why, intended, true);
            }
        }
        if (contact.phone() != null) {
            return new Route(NotificationChannel.SMS, contact.phone(),
                    why + ", no e-mail or postal address: SMS tried on the only (landline) number", intended, true);
        }
        return new Route(NotificationChannel.LETTER, NO_ADDRESS, why + ", no contact on file: letter for staff",
                intended, true);
    }

    /**
     * The next route after {@code failed} in the order SMS, e-mail, letter, skipping channels already
     * {@code tried} for the same notice and channels without a contact; empty when none is left, and for
     * anything but a notice to the complainant.
     */
    public static Optional<Route> after(NotificationChannel failed, Set<NotificationChannel> tried,
                                        ComplainantContact contact, String failureCode) {
        int from = ORDER.stream().map(NoticeChannels::of).toList().indexOf(failed);
        if (from < 0) {
            return Optional.empty();
        }
        for (PreferredChannel next : ORDER.subList(from + 1, ORDER.size())) {
            String recipient = contact.recipientFor(next);
            if (recipient != null && !tried.contains(of(next))) {
                return Optional.of(new Route(of(next), recipient, "fallback: " + failed + " failed"
                        + (failureCode == null ? "" : " (" + failureCode + ")"), of(next), true));
            }
        }
        return Optional.empty();
    }

    static NotificationChannel of(PreferredChannel channel) {
        return switch (channel) {
            case SMS -> NotificationChannel.SMS;
            case EMAIL -> NotificationChannel.EMAIL;
            case LETTER -> NotificationChannel.LETTER;
        };
    }

    private static String missing(PreferredChannel channel) {
        return switch (channel) {
            case SMS -> "no mobile number";
            case EMAIL -> "no e-mail address";
            case LETTER -> "no postal address";
        };
    }
}
