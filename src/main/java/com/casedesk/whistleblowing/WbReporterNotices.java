package com.casedesk.whistleblowing;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells the reporter through {@link ReporterChannel} — the mailbox, whatever the reporter chose — and
 * records that it was done. Runs in async jobs: a failure retries and ends in an incident.
 */
@Component
class WbReporterNotices {

    private final ObjectProvider<ReporterChannel> channel;
    private final CaseEventLog events;

    WbReporterNotices(ObjectProvider<ReporterChannel> channel, CaseEventLog events) {
        this.channel = channel;
        this.events = events;
    }

    void tell(String reportNumber, String purpose, String text) {
        ReporterChannel reporter = channel.getIfAvailable();
        if (reporter == null) {
            throw new IllegalStateException("no ReporterChannel: cannot tell the reporter of " + reportNumber);
        }
        reporter.tellReporter(reportNumber, text);
        events.append(reportNumber, CaseEventLog.SYSTEM, CaseEventType.REPORTER_TOLD, purpose);
    }
}
