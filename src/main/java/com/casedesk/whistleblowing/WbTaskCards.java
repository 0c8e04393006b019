package com.casedesk.whistleblowing;

import com.casedesk.deadline.ServiceZone;
import com.casedesk.process.TaskCard;
import com.casedesk.process.TaskCardSource;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist card of a whistleblowing task: the report's number and the task's own deadline as a
 * date, nothing more. Nothing that could point to the reporter (no pseudonym, channel or dates of
 * receipt) and nothing about the accused (no reported unit or persons): the card is read by every
 * candidate of the task, before anyone has checked them for a conflict of interest.
 */
@Component
@Order(10)
class WbTaskCards implements TaskCardSource {

    private static final Set<String> PROCESSES = Set.of(WbProcess.KEY, WbNoticeFailureProcess.KEY);

    private final ServiceZone zone;

    WbTaskCards(ServiceZone zone) {
        this.zone = zone;
    }

    @Override
    public Optional<TaskCard> cardFor(String processDefinitionKey, String businessKey, Date taskDue) {
        if (businessKey == null || !PROCESSES.contains(processDefinitionKey)) {
            return Optional.empty();
        }
        return Optional.of(new TaskCard(businessKey, null, null,
                taskDue == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format(taskDue.toInstant().atZone(zone.zone())),
                TaskCard.NO_LEVEL, java.util.List.of()));
    }
}
