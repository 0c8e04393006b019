package com.casedesk.rectification;

import com.casedesk.casefile.TaskInput;
import com.casedesk.web.InvalidRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.springframework.stereotype.Component;

/**
 * The decision form offers up to {@link #ROWS} rectification actions (整改措施: department, owner,
 * deadline, what to do). Each filled row becomes an action with its own process; the row's
 * variables are then cleared, so a later round starts empty and nothing is opened twice.
 *
 * <p>Who starts the processes depends on the task's model version: a model with a call activity of
 * {@code complaint-rectification} starts them itself over {@code rectificationIds}; older versions
 * (running instances deployed before the call activity) leave it to Java, as they always did.
 */
@Component
public class RectificationRows {

    static final int ROWS = 3;

    private final Rectifications rectifications;

    RectificationRows(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    /** A complaint decision's actions: always started from Java (docs/processes.md, why it is no call activity). */
    public void open(DelegateTask task, String caseNumber) {
        open(task, caseNumber, false, true);
    }

    /**
     * A whistleblowing report's improvement actions (总结与改进), tracked like a complaint's: the
     * report has no complaint ledger row, its running process vouches for it.
     */
    public void openForReport(DelegateTask task, String reportNumber) {
        boolean modelStarts = callsRectification(task);
        List<Long> opened = open(task, reportNumber, true, !modelStarts);
        if (modelStarts) {
            // set even when empty: the call activity then runs no instance and the case goes on
            RectificationProcess.Vars.ORDERED_IDS.set(task, opened);
        }
    }

    /** Whether the task's own model version starts complaint-rectification by a call activity. */
    static boolean callsRectification(DelegateTask task) {
        return task.getExecution().getBpmnModelInstance().getModelElementsByType(CallActivity.class).stream()
                .anyMatch(call -> RectificationProcess.KEY.equals(call.getCalledElement()));
    }

    private List<Long> open(DelegateTask task, String caseNumber, boolean report, boolean startProcesses) {
        List<String> problems = new ArrayList<>();
        List<Long> opened = new ArrayList<>();
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
                opened.add((report
                        ? rectifications.openForReport(caseNumber, department, owner, description, day, startProcesses)
                        : rectifications.open(caseNumber, department, owner, description, day)).getId());
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
        return opened;
    }

    private static String text(DelegateTask task, String variable) {
        Object value = TaskInput.raw(task, variable);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
