package com.casedesk.rectification;

import com.casedesk.casefile.TaskInput;
import com.casedesk.web.InvalidRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The decision form offers up to {@link #ROWS} rectification actions (整改措施: department, owner,
 * deadline, what to do). Each filled row becomes an action with its own process; the row's
 * variables are then cleared, so a later round starts empty and nothing is opened twice.
 */
@Component
public class RectificationRows {

    static final int ROWS = 3;

    private final Rectifications rectifications;

    RectificationRows(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    public void open(DelegateTask task, String caseNumber) {
        open(task, caseNumber, false);
    }

    /**
     * A whistleblowing report's improvement actions (总结与改进), tracked like a complaint's: the
     * report has no complaint ledger row, its running process vouches for it.
     */
    public void openForReport(DelegateTask task, String reportNumber) {
        open(task, reportNumber, true);
    }

    private void open(DelegateTask task, String caseNumber, boolean report) {
        List<String> problems = new ArrayList<>();
        for (int row = 1; row <= ROWS; row++) {
            String department = text(task, "rectificationDepartment" + row);
            String owner = text(task, "rectificationOwner" + row);
            String description = text(task, "rectificationAction" + row);
            String deadline = text(task, "rectificationDeadline" + row);
            if (department == null && owner == null && description == null && deadline == null) {
                continue;
            }
            try {
                LocalDate day = deadline == null ? null
                        : LocalDate.parse(deadline.length() > 10 ? deadline.substring(0, 10) : deadline);
                if (report) {
                    rectifications.openForReport(caseNumber, department, owner, description, day);
                } else {
                    rectifications.open(caseNumber, department, owner, description, day);
                }
            } catch (InvalidRequestException e) {
                problems.add("整改措施" + row + ": " + e.getBody().getDetail() + " " + e.getBody().getProperties());
            } catch (DateTimeParseException e) {
                problems.add("整改措施" + row + ": deadline must be a date (yyyy-MM-dd)");
            }
            for (String field : List.of("rectificationDepartment", "rectificationOwner", "rectificationAction",
                    "rectificationDeadline")) {
                TaskInput.discard(task, field + row);
            }
        }
        if (!problems.isEmpty()) {
            throw new BadUserRequestException(String.join("; ", problems));
        }
    }

    private static String text(DelegateTask task, String variable) {
        Object value = TaskInput.raw(task, variable);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
