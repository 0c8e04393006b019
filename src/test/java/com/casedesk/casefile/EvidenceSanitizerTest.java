package com.casedesk.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.support.UnitTest;
import com.casedesk.web.InvalidRequestException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Issue 13, Also: evidence leaves its metadata behind, and a file that is also a web page is refused. */
@UnitTest
class EvidenceSanitizerTest {

    private static final DataSize MAX = DataSize.ofMegabytes(10);

    @Test
    void aPhotoLosesItsExifXmpAndCommentButNotAPixel() throws Exception {
        byte[] uploaded = EvidenceFiles.jpegWithMetadata();
        assertThat(text(uploaded)).contains(EvidenceFiles.PLACE, EvidenceFiles.CAMERA, EvidenceFiles.AUTHOR);

        DocumentUpload upload = DocumentUpload.check("photo.jpg", uploaded, null, MAX);

        assertThat(upload.type()).isEqualTo(DocumentType.JPEG);
        assertThat(text(upload.content())).doesNotContain(EvidenceFiles.PLACE, EvidenceFiles.CAMERA, EvidenceFiles.AUTHOR, "Exif");
        assertThat(upload.content()).isEqualTo(EvidenceFiles.jpeg()); // exactly the image as the encoder wrote it
        assertSamePixels(uploaded, upload.content());
        assertThat(upload.originalSha256()).isEqualTo(CaseDocuments.sha256(uploaded)).isNotEqualTo(CaseDocuments.sha256(upload.content()));
    }

    @Test
    void aScreenshotLosesItsTextExifAndTimeChunksButNotAPixel() throws Exception {
        byte[] uploaded = EvidenceFiles.pngWithMetadata();

        DocumentUpload upload = DocumentUpload.check("screen.png", uploaded, null, MAX);

        assertThat(text(upload.content())).doesNotContain(EvidenceFiles.PLACE, EvidenceFiles.CAMERA, EvidenceFiles.AUTHOR,
                "tEXt", "iTXt", "eXIf", "tIME");
        assertThat(upload.content()).isEqualTo(EvidenceFiles.png());
        assertSamePixels(uploaded, upload.content());
    }

    @Test
    void aPdfLosesItsDocumentInformationAndXmpButNotItsPages() throws Exception {
        byte[] uploaded = EvidenceFiles.pdfWithMetadata();
        assertThat(text(uploaded)).contains(EvidenceFiles.AUTHOR);

        DocumentUpload upload = DocumentUpload.check("statement.pdf", uploaded, null, MAX);

        assertThat(text(upload.content())).doesNotContain(EvidenceFiles.AUTHOR, EvidenceFiles.CAMERA);
        try (PDDocument cleaned = Loader.loadPDF(upload.content())) {
            assertThat(cleaned.getNumberOfPages()).isOne();
            assertThat(cleaned.getDocumentInformation().getAuthor()).isNull();
            assertThat(cleaned.getDocumentCatalog().getMetadata()).isNull();
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(cleaned)).contains("50,000 CNY consulting fee");
        }
        assertThat(upload.originalSha256()).isEqualTo(CaseDocuments.sha256(uploaded));
    }

    @Test
    void aFileWithNothingToRemoveIsStoredByteForByte() {
        for (byte[] file : new byte[][] {EvidenceFiles.pdf(), EvidenceFiles.jpeg(), EvidenceFiles.png(),
                "ID3\u0004\u0000\u0000\u0000\u0000\u0000\u0000 audio".getBytes(StandardCharsets.ISO_8859_1)}) {
            DocumentUpload upload = DocumentUpload.check("evidence", file, null, MAX);
            assertThat(upload.content()).isEqualTo(file);
            assertThat(upload.originalSha256()).isEqualTo(CaseDocuments.sha256(file));
        }
    }

    @Test
    void aPdfThatIsAlsoAWebPageIsRefusedNamingTheRule() {
        byte[] pdfThenHtml = "%PDF-1.4\n<html><body><script>fetch('/api/complaints')</script></body></html>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] real = EvidenceFiles.pdf();
        byte[] htmlDeepInside = ByteBuffer.allocate(real.length + 40).put(real, 0, real.length - 6)
                .put("\n<script>alert(1)</script>\n".getBytes(StandardCharsets.ISO_8859_1))
                .put(real, real.length - 6, 6).array();

        assertRefused(pdfThenHtml, "contains HTML or script (<html>)");
        assertRefused(htmlDeepInside, "contains HTML or script (<script>)");
        assertRefused(EvidenceFiles.jpegWithHtmlComment(), "contains HTML or script (<html>)");
    }

    @Test
    void aFileThatOnlyClaimsAFormatIsRefused() {
        assertRefused("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1), "is not a readable PDF");
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0}, "is not a readable PNG");
        assertRefused(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 40}, "is not a readable JPEG");
    }

    private static void assertRefused(byte[] content, String rule) {
        assertThatThrownBy(() -> DocumentUpload.check("evidence.pdf", content, null, MAX))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat((java.util.List<?>) e.getBody().getProperties()
                        .get("errors")).singleElement().isInstanceOfSatisfying(com.casedesk.web.FieldProblem.class, p -> {
                            assertThat(p.field()).isEqualTo("file");
                            assertThat(p.message()).startsWith(rule);
                        }));
    }

    private static void assertSamePixels(byte[] original, byte[] cleaned) throws Exception {
        BufferedImage a = ImageIO.read(new ByteArrayInputStream(original));
        BufferedImage b = ImageIO.read(new ByteArrayInputStream(cleaned));
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        assertThat(b.getHeight()).isEqualTo(a.getHeight());
        for (int x = 0; x < a.getWidth(); x++) {
            for (int y = 0; y < a.getHeight(); y++) {
                assertThat(b.getRGB(x, y)).isEqualTo(a.getRGB(x, y));
            }
        }
    }

    private static String text(byte[] content) {
        return new String(content, StandardCharsets.ISO_8859_1);
    }
}
