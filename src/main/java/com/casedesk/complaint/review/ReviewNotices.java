package com.casedesk.complaint.review;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintProperties;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** The wording of the notice that tells the complainant the result of a 核查 review (Art. 20). */
@Component
class ReviewNotices {

    /** The outbox keeps at most this many characters of a notice ({@code outbox_message.content}). */
    static final int MAX_LENGTH = 4000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ComplaintProperties properties;

    ReviewNotices(ComplaintProperties properties) {
        this.properties = properties;
    }

    /** The outcome, the reviewer's opinion, what follows from it, and the remedies still open. */
    String decision(Complaint c, ComplaintReview r) {
        return "尊敬的" + c.getComplainantName() + "：您于" + date(r.getRequestedAt()) + "就投诉（编号" + c.getCaseNumber()
                + "）的处理结果提出的核查申请，经核查，核查结论：" + r.getOutcome().label() + "。核查意见："
                + r.getOpinion() + " " + consequence(r.getOutcome())
                + "如您对核查结论仍有异议，可申请第三方调解、仲裁或依法提起诉讼。";
    }

    private static String consequence(ReviewOutcome outcome) {
        return switch (outcome) {
            case UPHELD -> "原处理决定继续有效。";
            case CHANGED -> "原处理决定按上述核查意见变更。";
            case SET_ASIDE -> "原处理决定已撤销，我们将重新处理您的投诉并另行告知处理结果。";
        };
    }

    private String date(Instant instant) {
        return DATE.format(instant.atZone(properties.zone()));
    }
}
