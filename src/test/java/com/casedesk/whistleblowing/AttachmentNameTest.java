package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import org.junit.jupiter.api.Test;

/** The download header of an evidence file: nothing of the stored name escapes it. */
@UnitTest
class AttachmentNameTest {

    @Test
    void anAsciiNameIsKeptAndAChineseOneGetsAnAsciiStandInWithItsExtension() {
        assertThat(AttachmentName.of("report.pdf", 7))
                .isEqualTo("attachment; filename=\"report.pdf\"; filename*=UTF-8''report.pdf");
        assertThat(AttachmentName.of("转账记录.pdf", 7))
                .isEqualTo("attachment; filename=\"evidence-7.pdf\"; filename*=UTF-8''%E8%BD%AC%E8%B4%A6%E8%AE%B0%E5%BD%95.pdf");
        // an extension of one to five letters or digits is kept, a longer one is not
        assertThat(AttachmentName.of("照片.jpeg", 3)).contains("filename=\"evidence-3.jpeg\"");
        assertThat(AttachmentName.of("照片.jpeg12", 3)).contains("filename=\"evidence-3\"");
    }

    @Test
    void spacesAndStarsAreEncodedInTheUtf8Name() {
        assertThat(AttachmentName.of("a b*.txt", 1)).endsWith("filename*=UTF-8''a%20b_.txt");
        assertThat(AttachmentName.of("a b.txt", 1)).endsWith("filename*=UTF-8''a%20b.txt");
    }

    @Test
    void pathsQuotesSeparatorsControlAndFormatCharactersAreReplacedOrDropped() {
        assertThat(AttachmentName.safe("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentName.safe("C:\\Users\\x\\a.txt")).isEqualTo("a.txt");
        assertThat(AttachmentName.safe("a\"b\r\nc;d.txt")).isEqualTo("a_b__c_d.txt");
        assertThat(AttachmentName.safe("invoice\u202Efdp.exe")).isEqualTo("invoice_fdp.exe");
        assertThat(AttachmentName.safe("...hidden")).isEqualTo("hidden");
    }

    @Test
    void anEmptyNameBecomesEvidence() {
        assertThat(AttachmentName.safe(null)).isEqualTo("evidence");
        assertThat(AttachmentName.safe("")).isEqualTo("evidence");
        assertThat(AttachmentName.safe("dir/")).isEqualTo("evidence");
        assertThat(AttachmentName.safe("...")).isEqualTo("evidence");
    }

    @Test
    void aNameIsCutToItsLast150CharactersKeepingTheExtension() {
        String exactly = "a".repeat(146) + ".pdf";
        assertThat(AttachmentName.safe(exactly)).isEqualTo(exactly);
        assertThat(AttachmentName.safe("b" + exactly)).isEqualTo(exactly);
    }
}
