package com.casedesk.complaint.notice;

import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.notification.template.NoticeModelSource;
import com.casedesk.notification.template.NoticeTemplate;
import com.casedesk.notification.template.NoticeTemplate.Audience;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A complaint's notices for the compliance preview, from the case as it stands: the complainant's
 * notices with the complainant's model, staff alerts with the model that holds no personal data.
 */
@Component
class ComplaintNoticeModels implements NoticeModelSource {

    private final ComplaintRepository complaints;
    private final ComplaintNotices notices;

    ComplaintNoticeModels(ComplaintRepository complaints, ComplaintNotices notices) {
        this.complaints = complaints;
        this.notices = notices;
    }

    @Override
    public boolean owns(NoticeTemplate template) {
        return template.audience() == Audience.COMPLAINANT || template.audience() == Audience.STAFF;
    }

    @Override
    public Optional<Map<String, Object>> model(NoticeTemplate template, String caseNumber) {
        return complaints.findByCaseNumber(caseNumber).map(c -> template.audience() == Audience.COMPLAINANT
                ? notices.toComplainant(c) : notices.aboutCase(c));
    }
}
