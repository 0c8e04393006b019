package com.casedesk.security;

/**
 * Partly hides contact data for staff who do not need it in full (docs/security.md, Masking): enough
 * stays visible to recognise a person on the phone or to tell two complainants apart, not enough to
 * contact or impersonate them.
 */
public final class PersonalDataMask {

    private static final int ADDRESS_KEPT = 6;

    private PersonalDataMask() {
    }

    /** 身份证号: first 6 (region) and last 4 kept: {@code 110105199003071234} → {@code 110105********1234}. */
    public static String idNumber(String value) {
        return keep(value, 6, 4);
    }

    /** Phone: first 3 and last 4 kept: {@code 13812345678} → {@code 138****5678}. */
    public static String phone(String value) {
        return keep(value, 3, 4);
    }

    /** E-mail: first character of the local part and the domain kept: {@code zhang@example.com} → {@code z****@example.com}. */
    public static String email(String value) {
        if (value == null) {
            return null;
        }
        int at = value.lastIndexOf('@');
        if (at < 1) {
            return keep(value, 0, 0);
        }
        return value.charAt(0) + "****" + value.substring(at);
    }

    /**
     * Postal address: the first 6 characters (about province, city and district) kept, the street and the
     * house replaced by a fixed {@code ****} that does not tell their length:
     * {@code 北京市朝阳区建国路1号院2号楼301室} → {@code 北京市朝阳区****}; 6 characters or fewer → {@code ****}.
     * Counted in code points, so no character is cut in half.
     */
    public static String address(String value) {
        if (value == null) {
            return null;
        }
        if (value.codePointCount(0, value.length()) <= ADDRESS_KEPT) {
            return "****";
        }
        return value.substring(0, value.offsetByCodePoints(0, ADDRESS_KEPT)) + "****";
    }

    /**
     * Keeps {@code head} and {@code tail} characters when at least four are left to hide; a shorter value
     * keeps only its last two characters (or none below four).
     */
    static String keep(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        int n = value.length();
        if (n >= head + tail + 4) {
            return value.substring(0, head) + "*".repeat(n - head - tail) + value.substring(n - tail);
        }
        if (n >= 4) {
            return "*".repeat(n - 2) + value.substring(n - 2);
        }
        return "*".repeat(n);
    }
}
