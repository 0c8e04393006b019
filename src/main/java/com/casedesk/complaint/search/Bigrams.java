package com.casedesk.complaint.search;

/**
 * A text as its pairs of adjacent characters, each between spaces: {@code 王伟华} → {@code " 王伟 伟华 "}. A
 * two-character part {@code xy} (no space in it) occurs in the text exactly when {@code " xy "} occurs in this
 * form: two adjacent non-space characters here are always one pair. On PostgreSQL the same function, in SQL, is
 * indexed with trigrams (db/vendor/postgresql V23_4): each pair is a word there, so its padded trigram
 * {@code " 王伟"} finds it, where the text itself has no trigram for a two-character part (a Chinese given or full
 * name is often two characters). H2 calls this method as {@code casedesk_bigrams} (db/vendor/h2 V23_4).
 */
public final class Bigrams {

    private Bigrams() {
    }

    /** Also H2's {@code casedesk_bigrams}: null for null, {@code "  "} for fewer than two characters. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        int[] cps = text.codePoints().toArray();
        StringBuilder spaced = new StringBuilder(" ");
        for (int i = 0; i + 1 < cps.length; i++) {
            if (i > 0) {
                spaced.append(' ');
            }
            spaced.appendCodePoint(cps[i]).appendCodePoint(cps[i + 1]);
        }
        return spaced.append(' ').toString();
    }

    /** Whether a search text is served by the pairs: two characters, neither a space. */
    static boolean isPair(String part) {
        return part.codePointCount(0, part.length()) == 2 && part.codePoints().noneMatch(Character::isWhitespace);
    }
}
