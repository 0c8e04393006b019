package com.casedesk.casefile;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real evidence files, made in the test: images from ImageIO and PDFs from PDFBox, with or without metadata. */
public final class EvidenceFiles {

    /** What metadata in these files gives away: the uploader's name, a place, a camera. */
    public static final String AUTHOR = "Wang Fang (whistleblower)";
    public static final String PLACE = "GPS 39.9042N 116.4074E";
    public static final String CAMERA = "Canon EOS R5 serial 012345678";

    private EvidenceFiles() {
    }

    public static BufferedImage picture() {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 32, 24);
        g.setColor(Color.RED);
        g.fillRect(4, 4, 12, 8);
        g.dispose();
        return image;
    }

    public static byte[] jpeg() {
        return encode("jpeg");
    }

    public static byte[] png() {
        return encode("png");
    }

    /** A JPEG as a phone writes it: an EXIF segment (place, camera) and a comment (author) before the image. */
    public static byte[] jpegWithMetadata() {
        byte[] plain = jpeg();
        byte[] exif = segment(0xE1, ("Exif\0\0MM\0*" + PLACE + "\0" + CAMERA).getBytes(StandardCharsets.ISO_8859_1));
        byte[] xmp = segment(0xE1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><dc:creator>" + AUTHOR + "</dc:creator></x:xmpmeta>")
                .getBytes(StandardCharsets.ISO_8859_1));
        byte[] comment = segment(0xFE, AUTHOR.getBytes(StandardCharsets.ISO_8859_1));
        return ByteBuffer.allocate(plain.length + exif.length + xmp.length + comment.length)
                .put(plain, 0, 2).put(exif).put(xmp).put(comment).put(plain, 2, plain.length - 2).array();
    }

    /** A JPEG with a comment segment that is a web page. */
    public static byte[] jpegWithHtmlComment() {
        byte[] plain = jpeg();
        byte[] comment = segment(0xFE, "<html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1));
        return ByteBuffer.allocate(plain.length + comment.length).put(plain, 0, 2).put(comment)
                .put(plain, 2, plain.length - 2).array();
    }

    /** A PNG with text (author, place), EXIF and time chunks before its end. */
    public static byte[] pngWithMetadata() {
        byte[] plain = png();
        int iend = plain.length - 12;
        byte[] text = chunk("tEXt", ("Author\0" + AUTHOR).getBytes(StandardCharsets.ISO_8859_1));
        byte[] itxt = chunk("iTXt", ("Location\0\0\0\0\0" + PLACE).getBytes(StandardCharsets.ISO_8859_1));
        byte[] exif = chunk("eXIf", ("MM\0*" + CAMERA).getBytes(StandardCharsets.ISO_8859_1));
        byte[] time = chunk("tIME", new byte[] {0x07, (byte) 0xEA, 11, 24, 9, 0, 0});
        return ByteBuffer.allocate(plain.length + text.length + itxt.length + exif.length + time.length)
                .put(plain, 0, iend).put(text).put(itxt).put(exif).put(time).put(plain, iend, 12).array();
    }

    public static byte[] pdf() {
        return pdf(false);
    }

    /** A PDF with document information (author, title, producer) and an XMP metadata stream naming the author. */
    public static byte[] pdfWithMetadata() {
        return pdf(true);
    }

    private static byte[] pdf(boolean metadata) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("Transfer record 2026-09-01: 50,000 CNY consulting fee");
                text.endText();
            }
            if (metadata) {
                PDDocumentInformation info = new PDDocumentInformation();
                info.setAuthor(AUTHOR);
                info.setTitle("Evidence by " + AUTHOR);
                info.setProducer(CAMERA);
                info.setCreationDate(Calendar.getInstance());
                document.setDocumentInformation(info);
                PDMetadata xmp = new PDMetadata(document);
                xmp.importXMPMetadata(("<?xpacket begin=''?><x:xmpmeta xmlns:x='adobe:ns:meta/'><dc:creator>" + AUTHOR
                        + "</dc:creator></x:xmpmeta><?xpacket end='w'?>").getBytes(StandardCharsets.UTF_8));
                document.getDocumentCatalog().setMetadata(xmp);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(picture(), format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] segment(int marker, byte[] data) {
        return ByteBuffer.allocate(4 + data.length).put((byte) 0xFF).put((byte) marker).putShort((short) (data.length + 2))
                .put(data).array();
    }

    private static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.ISO_8859_1));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1))
                .put(data).putInt((int) crc.getValue()).array();
    }
}
