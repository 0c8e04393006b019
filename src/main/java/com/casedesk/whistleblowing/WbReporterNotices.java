package com.casedesk.whistleblowing;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.notification.template.NoticeTemplate;
import com.casedesk.notification.template.NoticeTemplates;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells the reporter through {@link ReporterChannel} — the mailbox, whatever the reporter chose — and
 * records that it was done. Runs in async jobs: a failure retries and ends in an incident. The words are
 * the templates {@code notices/wb-*.txt}; the model holds the report number and the values given.
 */
@Component
class WbReporterNotices {

    private final ObjectProvider<ReporterChannel> channel;
    private final CaseEventLog events;
    private final NoticeTemplates templates;

    WbReporterNotices(ObjectProvider<ReporterChannel> channel, CaseEventLog events, NoticeTemplates templates) {
        this.channel = channel;
        this.events = events;
        this.templates = templates;
    }

    /** {@code purpose}: what the case's event log records (the text itself is not logged). */
    void tell(String reportNumber, String purpose, NoticeTemplate template, Map<String, Object> values) {
        Map<String, Object> model = new HashMap<>(values);
        model.put("reportNumber", reportNumber);
        tell(reportNumber, purpose, templates.render(template, model));
    }

    private void tell(String reportNumber, String purpose, String text) {
        ReporterChannel reporter = channel.getIfAvailable();
        if (reporter == null) {
            throw new IllegalStateException("no ReporterChannel: cannot tell the reporter of " + reportNumber);
        }
        reporter.tellReporter(reportNumber, text);
        events.append(reportNumber, CaseEventLog.SYSTEM, CaseEventType.REPORTER_TOLD, purpose);
    }
}
