package com.casedesk.complaint.clock;

import com.casedesk.complaint.ClockPause;
import com.casedesk.complaint.ClockPauseRepository;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.notice.ComplaintNoticeSender;
import com.casedesk.complaint.notice.ComplaintNotices;
import com.casedesk.notification.NoticePurpose;
import org.springframework.stereotype.Service;

/**
 * What the complainant is told when the clock changes: a pause (and why), a resumption (and the new
 * deadline), an approved extension (Art. 18); and, for a repeat merged at intake (issue 13 §5), the
 * acknowledgement of the repeat's own number or the merge notice to the complainant of record.
 */
@Service
public class ClockNotices {

    /** {@code noticeKind} values of complaint-notice. */
    static final String PAUSE = "PAUSE";
    static final String RESUME = "RESUME";
    static final String ACKNOWLEDGEMENT = "ACKNOWLEDGEMENT";
    static final String REPEAT_MERGED = "REPEAT_MERGED";

    private final ComplaintRepository complaints;
    private final ClockPauseRepository pauses;
    private final ComplaintNotices notices;
    private final ComplaintNoticeSender sender;

    ClockNotices(ComplaintRepository complaints, ClockPauseRepository pauses, ComplaintNotices notices,
                 ComplaintNoticeSender sender) {
        this.complaints = complaints;
        this.pauses = pauses;
        this.notices = notices;
        this.sender = sender;
    }

    /**
     * @param pauseId          the pause row, with PAUSE and RESUME
     * @param repeatCaseNumber the repeat's own number, with REPEAT_MERGED
     */
    void send(String caseNumber, String kind, Long pauseId, String repeatCaseNumber) {
        if (ACKNOWLEDGEMENT.equals(kind)) {
            sender.acknowledge(caseNumber);
            return;
        }
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        if (REPEAT_MERGED.equals(kind)) {
            Complaint repeat = complaints.getByCaseNumber(repeatCaseNumber);
            sender.tellComplainant(complaint, NoticePurpose.ACKNOWLEDGEMENT,
                    channel -> notices.repeatMerged(complaint, repeat, channel));
            return;
        }
        ClockPause pause = pauses.findById(pauseId).orElseThrow();
        sender.tellComplainant(complaint, NoticePurpose.PAUSE, PAUSE.equals(kind)
                ? channel -> notices.pause(complaint, pause.kind(), channel)
                : channel -> notices.resumed(complaint, channel));
    }

    /** Art. 18: the complainant is told of the extension and the new deadline. */
    void extensionGranted(String caseNumber) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        sender.tellComplainant(complaint, NoticePurpose.EXTENSION, channel -> notices.extension(complaint, channel));
    }
}
