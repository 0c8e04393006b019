package com.casedesk.notification;

import com.casedesk.security.PersonalDataMask;

/**
 * A notice's recipient as staff other than compliance see it (docs/security.md, Masking): a phone, an
 * e-mail or a postal address of a complainant partly hidden; a staff user or group is not masked.
 */
public final class RecipientMask {

    private RecipientMask() {
    }

    public static String mask(NotificationChannel channel, String recipient) {
        if (recipient == null) {
            return null;
        }
        return switch (channel) {
            case SMS -> PersonalDataMask.phone(recipient);
            case EMAIL -> PersonalDataMask.email(recipient);
            // the same rule as the complainant's address in the case view
            case LETTER -> PersonalDataMask.address(recipient);
            // a complainant told in person is recorded as "in-person:<staff>"; staff ids and groups are not personal data of a complainant
            case INTERNAL, IN_PERSON -> recipient;
        };
    }
}
