package com.casedesk.notification.letter;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import com.casedesk.web.HtmlTemplates;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A letter's PDF: {@code notices/letter.html} filled by a standalone Thymeleaf engine (as the monthly
 * report: escaped text only), laid out by openhtmltopdf with the Droid Sans Fallback font shipped in
 * {@code fonts/}. The font file (4 MB) is read once per JVM and embedded as a subset of the glyphs a
 * letter uses, so a letter stays small (tens of kB).
 */
final class LetterPdf {

    /** The family the template's CSS names. */
    static final String FONT_FAMILY = "Droid Sans Fallback";
    private static final String FONT = "fonts/DroidSansFallbackFull.ttf";
    private static final byte[] FONT_BYTES = read(FONT);
    private static final TemplateEngine TEMPLATES = HtmlTemplates.in("notices/");
    /** The font's metrics, computed by the first letter and shared by every later one (thread-safe). */
    private static final FSDefaultCacheStore FONT_METRICS = new FSDefaultCacheStore();

    static {
        LayoutLog.install();
    }

    private LetterPdf() {
    }

    /** The rendered letter and how many pages it has (for the print run). */
    record Rendered(byte[] pdf, int pages) {
    }

    static String html(LetterPage page) {
        Context context = new Context();
        context.setVariable("letter", page);
        return TEMPLATES.process("letter", context);
    }

    static Rendered render(LetterPage page) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
        builder.useFont(() -> new ByteArrayInputStream(FONT_BYTES), FONT_FAMILY);
        builder.withHtmlContent(html(page), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        builder.toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            try (PDDocument document = renderer.createPDFKeepOpen()) {
                int pages = document.getNumberOfPages();
                document.save(out);
                return new Rendered(out.toByteArray(), pages);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the letter for case " + page.caseNumber(), e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = LetterPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
