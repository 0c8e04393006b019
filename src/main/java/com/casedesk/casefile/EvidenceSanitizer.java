package com.casedesk.casefile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * What an evidence file may not carry into the case file. Uploaders — a whistleblower above all — leak
 * themselves through metadata (a photo's GPS position and camera serial, a PDF's author and editing
 * software), so images and PDFs are stored without it. A file that is also a web page (a polyglot) could
 * run script in a browser that sniffs it, so it is refused. Pixels and page content are never re-encoded:
 * the cleaned file shows exactly what was uploaded, and a file with nothing to remove is stored byte for byte.
 */
final class EvidenceSanitizer {

    /** Why a file is refused: the rule, as the problem body names it. */
    static final class Refused extends Exception {
        Refused(String rule) {
            super(rule, null, false, false);
        }
    }

    /**
     * HTML a browser would act on, in the first bytes of any file (where browsers sniff). Tags of at least three
     * letters only: image headers are near-random bytes, in which "<a " or "<b>" occur by chance.
     */
    private static final Pattern HTML = Pattern.compile(
            "<(?:!doctype\\s+html|html|head|body|script|iframe|frameset|svg|object|embed|meta|style|title)[\\s/>]|javascript:",
            Pattern.CASE_INSENSITIVE);
    /** Long markers only: PDF streams are compressed, near-random bytes, where short ones occur by chance. */
    private static final Pattern HTML_IN_PDF = Pattern.compile(
            "<(?:!doctype\\s+html|html|body|script|iframe|svg)[\\s/>]", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 1024;

    /** PNG chunks kept: the image and how to show it; text, EXIF, time and unknown chunks go. */
    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "cHRM", "gAMA", "iCCP",
            "sBIT", "sRGB", "cICP", "bKGD", "pHYs", "acTL", "fcTL", "fdAT");

    private EvidenceSanitizer() {
    }

    /** Refuses a polyglot; otherwise the file without its metadata (the same array when there was none). */
    static byte[] clean(DocumentType type, byte[] content) throws Refused {
        refusePolyglot(type, content);
        return switch (type) {
            case PDF -> pdf(content);
            case JPEG -> jpeg(content);
            case PNG -> png(content);
            // no maintained library strips ID3 / RIFF INFO / MP4 atoms without re-muxing: kept as uploaded (docs/security.md)
            case MP3, WAV, MP4 -> content;
        };
    }

    private static void refusePolyglot(DocumentType type, byte[] content) throws Refused {
        String head = new String(content, 0, Math.min(content.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Optional<String> marker = find(HTML, head);
        if (marker.isEmpty() && type == DocumentType.PDF) {
            marker = find(HTML_IN_PDF, new String(content, StandardCharsets.ISO_8859_1));
        }
        if (marker.isPresent()) {
            throw new Refused("contains HTML or script (" + marker.get().strip() + "): a file that is also a web page is refused");
        }
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group().replaceAll("[^\\x21-\\x7e]", "")) : Optional.empty();
    }

    /** Document information, XMP metadata (document and pages) and page-piece data; an encryption is removed with them. */
    private static byte[] pdf(byte[] content) throws Refused {
        try (PDDocument document = Loader.loadPDF(content)) {
            boolean changed = document.isEncrypted();
            COSDictionary trailer = document.getDocument().getTrailer();
            if (trailer.containsKey(COSName.INFO)) {
                trailer.removeItem(COSName.INFO);
                changed = true;
            }
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            changed |= remove(catalog, COSName.METADATA) | remove(catalog, COSName.PIECE_INFO);
            for (PDPage page : document.getPages()) {
                changed |= remove(page.getCOSObject(), COSName.METADATA) | remove(page.getCOSObject(), COSName.PIECE_INFO);
            }
            if (!changed) {
                return content;
            }
            document.setAllSecurityToBeRemoved(true);
            ByteArrayOutputStream cleaned = new ByteArrayOutputStream(content.length);
            document.save(cleaned); // a full save writes only what is still referenced: the removed objects are gone
            return cleaned.toByteArray();
        } catch (InvalidPasswordException e) {
            throw new Refused("is a password-protected PDF: remove the password first");
        } catch (IOException | RuntimeException e) {
            throw new Refused("is not a readable PDF");
        }
    }

    private static boolean remove(COSDictionary dictionary, COSName key) {
        if (!dictionary.containsKey(key)) {
            return false;
        }
        dictionary.removeItem(key);
        return true;
    }

    /**
     * Keeps the segments that make up the image (tables, frame, scans) and APP0 JFIF, APP2 ICC profile and APP14
     * Adobe (colour); drops every other APPn (EXIF, XMP, IPTC, thumbnails), comments and anything after the end.
     */
    private static byte[] jpeg(byte[] content) throws Refused {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        out.write(0xFF);
        out.write(0xD8);
        int i = 2;
        boolean changed = false;
        while (true) {
            if (i + 1 >= content.length || (content[i] & 0xFF) != 0xFF) {
                throw new Refused("is not a readable JPEG");
            }
            int marker = content[i + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                i++;
                continue;
            }
            if (marker == 0xD9) { // end of image
                out.write(content, i, 2);
                changed |= i + 2 != content.length;
                return changed ? out.toByteArray() : content;
            }
            if (i + 3 >= content.length) {
                throw new Refused("is not a readable JPEG");
            }
            int length = ((content[i + 2] & 0xFF) << 8) | (content[i + 3] & 0xFF);
            int end = i + 2 + length;
            if (length < 2 || end > content.length) {
                throw new Refused("is not a readable JPEG");
            }
            if (keepJpegSegment(marker, content, i + 4, length - 2)) {
                out.write(content, i, end - i);
            } else {
                changed = true;
            }
            i = end;
            if (marker == 0xDA) { // start of scan: entropy-coded data up to the next marker
                int start = i;
                while (i + 1 < content.length) {
                    int b = content[i] & 0xFF;
                    int next = content[i + 1] & 0xFF;
                    if (b == 0xFF && next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) {
                        break;
                    }
                    i++;
                }
                if (i + 1 >= content.length) {
                    throw new Refused("is not a readable JPEG");
                }
                out.write(content, start, i - start);
            }
        }
    }

    private static boolean keepJpegSegment(int marker, byte[] content, int dataStart, int dataLength) {
        if (marker == 0xFE) {
            return false; // comment
        }
        if (marker < 0xE0 || marker > 0xEF) {
            return true; // tables, frame, scan, restart interval
        }
        String id = new String(content, dataStart, Math.min(dataLength, 12), StandardCharsets.ISO_8859_1);
        return (marker == 0xE0 && id.startsWith("JFIF\0")) || (marker == 0xE2 && id.startsWith("ICC_PROFILE\0"))
                || (marker == 0xEE && id.startsWith("Adobe"));
    }

    /** Keeps the chunks of {@link #PNG_KEPT} up to IEND; drops text, EXIF, time, private chunks and trailing bytes. */
    private static byte[] png(byte[] content) throws Refused {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        out.write(content, 0, 8);
        int i = 8;
        boolean changed = false;
        while (i + 12 <= content.length) {
            long length = ((content[i] & 0xFFL) << 24) | ((content[i + 1] & 0xFF) << 16) | ((content[i + 2] & 0xFF) << 8)
                    | (content[i + 3] & 0xFF);
            String chunk = new String(content, i + 4, 4, StandardCharsets.ISO_8859_1);
            long end = i + 12 + length;
            if (end > content.length || !chunk.chars().allMatch(Character::isLetter)) {
                throw new Refused("is not a readable PNG");
            }
            if (PNG_KEPT.contains(chunk)) {
                out.write(content, i, (int) (end - i));
            } else {
                changed = true;
            }
            i = (int) end;
            if (chunk.equals("IEND")) {
                changed |= i != content.length;
                return changed ? out.toByteArray() : content;
            }
        }
        throw new Refused("is not a readable PNG");
    }
}
