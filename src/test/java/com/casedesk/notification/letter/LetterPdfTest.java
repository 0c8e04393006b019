package com.casedesk.notification.letter;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The letter's layout: every part printed, in the embedded Chinese font, the complainant's words as text. */
@UnitTest
class LetterPdfTest {

    static final String ADDRESS = "北京市朝阳区建国路88号3单元502室 张三 收";

    @Test
    void theLetterPrintsSenderRecipientDateCaseHeadingBodyAndFooterInTheEmbeddedFont() throws IOException {
        LetterPage page = new LetterPage("示例保险股份有限公司", "北京市朝阳区示例路1号", "95500", ADDRESS,
                "2026年12月6日", "TS20261206000042", "投诉处理结果告知书",
                List.of("尊敬的张三：经核查，您的投诉部分成立。", "如有异议，可申请核查，也可申请调解、仲裁或提起诉讼。 <b>不是标记</b>"));

        LetterPdf.Rendered letter = LetterPdf.render(page);

        assertThat(letter.pages()).isEqualTo(1);
        assertThat(letter.pdf().length).as("a subset of the 4 MB font").isLessThan(200_000);
        try (PDDocument pdf = Loader.loadPDF(letter.pdf())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("示例保险股份有限公司", "北京市朝阳区示例路1号", ADDRESS.replace(" ", ""),
                    "2026年12月6日", "TS20261206000042", "投诉处理结果告知书", "核查", "调解", "仲裁", "诉讼",
                    "<b>不是标记</b>", "95500", "第1页/共1页");
            PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames()
                    .iterator().next());
            assertThat(font.getName()).contains("DroidSansFallback");
            assertThat(pdf.getNumberOfPages()).isEqualTo(letter.pages());
        }
    }

    @Test
    void aLongBodyRunsOntoMorePages() throws IOException {
        List<String> paragraphs = java.util.Collections.nCopies(60, "经核查，理赔材料已于11月1日补齐，审核超期，依据保险合同第5条赔付已核定部分。");
        LetterPdf.Rendered letter = LetterPdf.render(new LetterPage("示例保险股份有限公司", "北京市", "95500", ADDRESS,
                "2026年12月6日", "TS20261206000043", "告知书", paragraphs));
        assertThat(letter.pages()).isGreaterThan(1);
        try (PDDocument pdf = Loader.loadPDF(letter.pdf())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(letter.pages());
        }
    }
}
