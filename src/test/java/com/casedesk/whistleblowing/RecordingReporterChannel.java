package com.casedesk.whistleblowing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Test stand-in for the reporter's mailbox: records what the process tells each reporter. Primary,
 * so it wins over the real mailbox implementation in test contexts.
 */
@Component
@Primary
public class RecordingReporterChannel implements ReporterChannel {

    public record Message(String reportNumber, String text) {
    }

    private final List<Message> messages = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    @Override
    public void tellReporter(String reportNumber, String text) {
        if (down) {
            throw new IllegalStateException("mailbox down (test)");
        }
        messages.add(new Message(reportNumber, text));
    }

    public List<String> messagesTo(String reportNumber) {
        return messages.stream().filter(m -> m.reportNumber().equals(reportNumber)).map(Message::text).toList();
    }

    public void setDown(boolean down) {
        this.down = down;
    }
}
