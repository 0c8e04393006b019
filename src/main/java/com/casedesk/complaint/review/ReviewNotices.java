package com.casedesk.complaint.review;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.notice.ComplaintNotices;
import com.casedesk.notification.NoticeText;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.template.NoticeTemplate;
import com.casedesk.notification.template.NoticeTemplates;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The notice that tells the complainant the result of a 核查 review (Art. 20); words in notices/review-decision*.txt. */
@Component
class ReviewNotices {

    /** The outbox keeps at most this many characters of a notice ({@code outbox_message.content}). */
    static final int MAX_LENGTH = 4000;

    private final ComplaintNotices notices;
    private final NoticeTemplates templates;

    ReviewNotices(ComplaintNotices notices, NoticeTemplates templates) {
        this.notices = notices;
        this.templates = templates;
    }

    /** The outcome, the reviewer's opinion, what follows from it, and the remedies still open. */
    NoticeText decision(Complaint c, ComplaintReview r, NotificationChannel channel) {
        return templates.render(NoticeTemplate.REVIEW_DECISION, channel, model(c, r));
    }

    Map<String, Object> model(Complaint c, ComplaintReview r) {
        Map<String, Object> model = notices.toComplainant(c);
        model.put("reviewRequestedDate", notices.date(r.getRequestedAt()));
        model.put("reviewOutcome", r.getOutcome() == null ? null : r.getOutcome().name());
        model.put("reviewOutcomeLabel", r.getOutcome() == null ? null : r.getOutcome().label());
        model.put("reviewOpinion", r.getOpinion());
        return model;
    }
}
