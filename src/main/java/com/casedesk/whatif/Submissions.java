package com.casedesk.whatif;

import com.casedesk.complaint.ComplaintSubmission;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the replay submits: a complaint made from an arrival's routing facts (a made-up complainant of its own,
 * so no two arrivals are merged as repeats; the channel's contact: e-mail for EMAIL, an address for letters,
 * a mobile number otherwise), and a form's fields from a staffing outcome.
 */
final class Submissions {

    private static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private Submissions() {
    }

    static ComplaintSubmission of(Arrival a) {
        String n = String.format("%08d", a.seq());
        var complainant = new ComplaintSubmission.Complainant("推演客户" + n, "9" + String.format("%017d", a.seq()),
                a.channel() == com.casedesk.complaint.Channel.EMAIL || a.channel() == com.casedesk.complaint.Channel.LETTER
                        ? null : "139" + n,
                a.channel() == com.casedesk.complaint.Channel.EMAIL ? "c" + n + "@whatif.invalid" : null,
                a.channel() == com.casedesk.complaint.Channel.LETTER ? "推演市推演路" + a.seq() + "号" : null);
        return new ComplaintSubmission(a.channel(), complainant, new ComplaintSubmission.Respondent("推演支行", null, null),
                a.businessLine(), a.category(), "推演诉求", "推演事实与理由（" + a.category().label() + "）",
                a.claimedAmount(), a.flags(), a.jointComplainants(), null, null, null, null);
    }

    /** The outcome's fields; {@code @department} is the case's responsible department, {@code @now} the engine's time. */
    static Map<String, Object> variables(Staffing.Outcome outcome, TaskFeed.Created task, Instant now, ZoneId zone) {
        Map<String, Object> variables = new LinkedHashMap<>();
        outcome.variables().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Object value = e.getValue();
            if ("@department".equals(value)) {
                value = task.department();
            } else if ("@now".equals(value)) {
                value = LOCAL_MINUTE.format(now.atZone(zone));
            } else if (value instanceof Number number) {
                value = number.doubleValue(); // a form's number field submits a decimal
            }
            variables.put(e.getKey(), value);
        });
        return variables;
    }
}
