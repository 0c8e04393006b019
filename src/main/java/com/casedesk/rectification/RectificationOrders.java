package com.casedesk.rectification;

import com.casedesk.process.ModelFacing;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * What a call activity passes to {@code complaint-rectification} for one ordered action: the
 * {@code camunda:in} mappings of a multi-instance call activity over {@code rectificationIds} read the
 * action's fields here, so the model names every variable the called process gets, and these are the
 * same values {@link Rectifications} sets when it starts the process itself.
 */
@ModelFacing
@Component("rectificationOrders")
public class RectificationOrders {

    private final Rectifications rectifications;
    private final RectificationClock clock;

    RectificationOrders(Rectifications rectifications, RectificationClock clock) {
        this.rectifications = rectifications;
        this.clock = clock;
    }

    public String description(long rectificationId) {
        return rectifications.ordered(rectificationId).getDescription();
    }

    public String department(long rectificationId) {
        return rectifications.ordered(rectificationId).getDepartment();
    }

    /** Null when the department as a whole is responsible: the task's assignee expression reads it. */
    public String owner(long rectificationId) {
        return rectifications.ordered(rectificationId).getOwner();
    }

    /** End of the deadline day, for the timers and the due date. */
    public Date deadline(long rectificationId) {
        return Date.from(clock.endOf(rectifications.ordered(rectificationId).getDeadline()));
    }

    /** The deadline day as entered (yyyy-MM-dd), for the forms. */
    public String deadlineDay(long rectificationId) {
        return rectifications.ordered(rectificationId).getDeadline().toString();
    }
}
