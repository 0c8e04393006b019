package com.casedesk.casefile;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of evidence a case accepts, recognised by their first bytes, not by the name or the
 * content type the uploader claims: a renamed executable stays out.
 */
public enum DocumentType {
    PDF("application/pdf", new int[] {'%', 'P', 'D', 'F', '-'}, 0),
    JPEG("image/jpeg", new int[] {0xFF, 0xD8, 0xFF}, 0),
    PNG("image/png", new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0),
    /** Recordings of hotline calls and counter reception (Art. 8). */
    MP3("audio/mpeg", new int[] {'I', 'D', '3'}, 0),
    WAV("audio/wav", new int[] {'W', 'A', 'V', 'E'}, 8),
    MP4("video/mp4", new int[] {'f', 't', 'y', 'p'}, 4);

    private final String mediaType;
    private final int[] magic;
    private final int offset;

    DocumentType(String mediaType, int[] magic, int offset) {
        this.mediaType = mediaType;
        this.magic = magic;
        this.offset = offset;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<DocumentType> detect(byte[] content) {
        return Arrays.stream(values()).filter(t -> t.matches(content)).findFirst();
    }

    private boolean matches(byte[] content) {
        if (content.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
