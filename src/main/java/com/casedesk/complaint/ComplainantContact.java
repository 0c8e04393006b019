package com.casedesk.complaint;

import java.util.regex.Pattern;
import org.springframework.data.relational.core.mapping.Column;

/**
 * How the complainant can be told (personal data, except the preference): phone, e-mail, postal
 * address, and the channel they asked for. Part of the ledger row ({@link Complaint}); every value may
 * be null, and after the retention sweep all contacts are.
 */
public record ComplainantContact(
        @Column("complainant_phone") String phone,
        @Column("complainant_email") String email,
        @Column("complainant_address") String address,
        @Column("preferred_channel") PreferredChannel preferredChannel) {

    /**
     * A mainland mobile number (the SMS gateway reaches no landline): 11 digits starting 13–19, with or
     * without +86 / 0086 / 86 and with spaces or dashes anywhere.
     */
    private static final Pattern MOBILE = Pattern.compile("(?:\\+?86|0086)?1[3-9]\\d{9}");

    static ComplainantContact of(ComplaintSubmission s) {
        return new ComplainantContact(blankToNull(s.complainant().phone()), blankToNull(s.complainant().email()),
                blankToNull(s.complainant().address()), s.preferredChannel());
    }

    /** The number an SMS can go to, or null when there is none (no phone, or a landline). */
    public String mobile() {
        return isMobile(phone) ? phone : null;
    }

    public static boolean isMobile(String phone) {
        return phone != null && MOBILE.matcher(phone.replaceAll("[ -]", "")).matches();
    }

    /** Where a notice on {@code channel} goes, or null when the complainant gave no contact for it. */
    public String recipientFor(PreferredChannel channel) {
        return switch (channel) {
            case SMS -> mobile();
            case EMAIL -> email;
            case LETTER -> address;
        };
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
