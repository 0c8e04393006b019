package com.casedesk.notification.sms;

/**
 * SMS length rules. A text that fits the GSM 03.38 alphabet travels as GSM-7 (160 septets in one
 * SMS, 153 per part of a concatenated one; the extension characters such as {@code €} take two);
 * anything else, Chinese among it, as UCS-2 (70 units in one SMS, 67 per part). A character outside
 * the Basic Multilingual Plane (an emoji) is a surrogate pair on the air: two units, and a part
 * never ends between them, nor between a GSM-7 escape and its character. The signature the
 * provider prepends (【某银行】) is counted with the text.
 *
 * <p>Up to {@code maxSegments} parts the text goes whole (the provider concatenates). A longer text
 * is shortened deliberately: it ends at the last sentence end (。！？；) that fits, else the last
 * clause end (，、：), followed by a suffix that points to the full notice ("详情请查收书面告知或致电客服。");
 * if not even the first sentence fits, only the suffix goes. It is never cut mid-character.
 *
 * @param text what to send (without the signature)
 * @param segments parts the signature and text take
 * @param shortened whether the text had to be shortened
 */
public record SmsText(String text, int segments, boolean shortened) {

    private static final String GSM7_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM7_EXTENSION = "\f^{}\\[~]|€";
    private static final String SENTENCE_ENDS = "。！？；";
    private static final String CLAUSE_ENDS = "，、：";

    /** Fits the text to at most {@code maxSegments} parts with the signature counted. */
    public static SmsText fit(String signName, String text, int maxSegments, String suffix) {
        String sign = signName == null ? "" : signName;
        int whole = segments(sign + text);
        if (whole <= maxSegments) {
            return new SmsText(text, whole, false);
        }
        for (String ends : new String[] {SENTENCE_ENDS, CLAUSE_ENDS}) {
            String shortened = shortenedAt(sign, text, maxSegments, suffix, ends);
            if (shortened != null) {
                return new SmsText(shortened, segments(sign + shortened), true);
            }
        }
        return new SmsText(suffix, segments(sign + suffix), true);
    }

    /** The longest text up to and including one of {@code ends} that, with the suffix, fits; or null. */
    private static String shortenedAt(String sign, String text, int maxSegments, String suffix, String ends) {
        for (int i = text.length() - 1; i > 0; i--) {
            if (ends.indexOf(text.charAt(i)) >= 0) {
                String candidate = text.substring(0, i + 1) + suffix;
                if (segments(sign + candidate) <= maxSegments) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** Whether the text needs UCS-2 (any character outside the GSM 03.38 alphabet). */
    public static boolean unicode(String text) {
        return !text.codePoints().allMatch(c -> GSM7_BASIC.indexOf(c) >= 0 || GSM7_EXTENSION.indexOf(c) >= 0);
    }

    /** Length on the air: septets (GSM-7) or 16-bit units (UCS-2). */
    public static int units(String text) {
        boolean ucs2 = unicode(text);
        return text.codePoints().map(c -> units(c, ucs2)).sum();
    }

    /** How many SMS the text takes, parts packed whole character by whole character. */
    public static int segments(String text) {
        boolean ucs2 = unicode(text);
        int single = ucs2 ? 70 : 160;
        int part = ucs2 ? 67 : 153;
        if (units(text) <= single) {
            return 1;
        }
        int parts = 1;
        int used = 0;
        for (int c : text.codePoints().toArray()) {
            int size = units(c, ucs2);
            if (used + size > part) {
                parts++;
                used = 0;
            }
            used += size;
        }
        return parts;
    }

    private static int units(int codePoint, boolean ucs2) {
        if (ucs2) {
            return Character.charCount(codePoint);
        }
        return GSM7_EXTENSION.indexOf(codePoint) >= 0 ? 2 : 1;
    }
}
