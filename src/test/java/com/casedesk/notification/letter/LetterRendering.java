package com.casedesk.notification.letter;

import java.util.List;

/** A typical decision letter rendered outside the service, for the render benchmark (bench/LetterRenderBench). */
public final class LetterRendering {

    private LetterRendering() {
    }

    /** Renders a one-page decision letter for case number {@code n}; answers its size in bytes. */
    public static int sample(int n) {
        String caseNumber = "TS20261206" + String.format("%06d", n);
        return LetterPdf.render(new LetterPage("示例保险股份有限公司", "北京市朝阳区示例路1号 邮编100020", "95500",
                "北京市朝阳区建国路88号3单元502室 张三 收", "2026年12月6日", caseNumber, "投诉处理结果告知书",
                List.of("尊敬的张三：关于您的投诉（编号" + caseNumber + "），经核查：理赔材料已于11月1日补齐，审核超期。"
                        + "处理结果：部分成立。依据保险合同第5条，赔付已核定部分。",
                        "如您对处理结果有异议，可自收到本告知之日起30日内向上级机构书面申请核查，也可申请第三方调解、仲裁或依法提起诉讼。")))
                .pdf().length;
    }
}
