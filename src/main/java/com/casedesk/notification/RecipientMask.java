package com.casedesk.notification;

import com.casedesk.security.PersonalDataMask;

/**
 * A notice's recipient as staff other than compliance see it (docs/security.md, Masking): a phone, an
 * e-mail or a postal address of a complainant partly hidden; a staff user or group is not masked.
 */
public final class RecipientMask {

    /** Characters of a postal address kept: about the province and city, never the street and number. */
    static final int ADDRESS_KEPT = 6;

    private RecipientMask() {
    }

    public static String mask(NotificationChannel channel, String recipient) {
        if (recipient == null) {
            return null;
        }
        return switch (channel) {
            case SMS -> PersonalDataMask.phone(recipient);
            case EMAIL -> PersonalDataMask.email(recipient);
            case LETTER -> recipient.codePointCount(0, recipient.length()) <= ADDRESS_KEPT ? "****"
                    : recipient.substring(0, recipient.offsetByCodePoints(0, ADDRESS_KEPT)) + "****";
            // a complainant told in person is recorded as "in-person:<staff>"; staff ids and groups are not personal data of a complainant
            case INTERNAL, IN_PERSON -> recipient;
        };
    }
}
