package com.casedesk.whistleblowing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The Content-Disposition of a downloaded evidence file: always {@code attachment}, with a plain ASCII
 * {@code filename} every client understands and the real (often Chinese) name as RFC 5987
 * {@code filename*=UTF-8''…}. Nothing of the stored name can break out of the header: control
 * characters, quotes, separators and path parts are replaced before it is written.
 */
final class AttachmentName {

    private static final int MAX_LENGTH = 150;

    private AttachmentName() {
    }

    static String of(String storedName, long documentId) {
        String name = safe(storedName);
        String extension = extension(name);
        String ascii = name.chars().allMatch(c -> c >= 0x20 && c < 0x7F) ? name : "evidence-" + documentId + extension;
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    /** The name without path, control characters, quotes or characters that end a header parameter. */
    static String safe(String storedName) {
        String name = storedName == null ? "" : storedName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().forEach(c -> clean.appendCodePoint(
                Character.isISOControl(c) || "\"';,%*<>|?:".indexOf(c) >= 0 || Character.getType(c) == Character.FORMAT
                        ? '_' : c));
        String result = clean.toString().strip().replaceAll("^\\.+", "");
        if (result.isEmpty()) {
            result = "evidence";
        }
        return result.length() > MAX_LENGTH ? result.substring(result.length() - MAX_LENGTH) : result;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot);
        return ext.matches("\\.[A-Za-z0-9]{1,5}") ? ext : "";
    }

    /** RFC 5987 value-chars: attr-char stays, everything else is %-encoded UTF-8. */
    private static String rfc5987(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")
                // URLEncoder leaves these, RFC 5987's attr-char does not allow them
                .replace("*", "%2A");
    }
}
