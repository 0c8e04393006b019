package com.casedesk.rectification;

import com.casedesk.web.TextRules;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.rectification.RectificationProcess.Vars;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.Notifications;
import com.casedesk.notification.OutboxMessage;
import com.casedesk.security.StaffGroups;
import com.casedesk.web.FieldProblem;
import com.casedesk.web.InvalidRequestException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rectification actions (整改措施, 002 §4.3): a decision orders improvements, each given to a
 * department with an optional owner and a deadline. Opening one writes the ledger row and its event
 * and starts its own {@code complaint-rectification} process, in one transaction; where the ordering
 * model calls {@code complaint-rectification} itself (a call activity), only the ledger row is written
 * here and the model starts the process.
 */
@Service
public class Rectifications {

    static final int MAX_DESCRIPTION = 2000;
    private static final Pattern NO_CONTROL_CHARACTERS = Pattern.compile(TextRules.NO_CONTROL_CHARACTERS);

    private final RectificationActionRepository actions;
    private final RectifiedCases cases;
    private final RectificationClock clock;
    private final CaseEventLog events;
    private final IdentityService identityService;
    private final RuntimeService runtimeService;
    private final RectificationNotices notices;
    private final Notifications notifications;

    Rectifications(RectificationActionRepository actions, RectifiedCases cases, RectificationClock clock,
                   CaseEventLog events, IdentityService identityService, RuntimeService runtimeService,
                   RectificationNotices notices, Notifications notifications) {
        this.actions = actions;
        this.cases = cases;
        this.clock = clock;
        this.events = events;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
        this.notices = notices;
        this.notifications = notifications;
    }

    /**
     * Opens an action on a case. The acting user (API caller or the worker completing a decision) is
     * recorded as its creator.
     *
     * @param ownerUserId a member of {@code department} who is assigned the task, or null for the department as a whole
     * @throws RuntimeException the case type's 404 problem when there is no such case (see {@link RectifiedCases})
     * @throws InvalidRequestException    naming every invalid argument (department, owner, description, deadline)
     */
    @Transactional
    public RectificationAction open(String caseNumber, String department, String ownerUserId, String description,
                                    LocalDate deadline) {
        cases.requireComplaint(caseNumber);
        return start(caseNumber, department, ownerUserId, description,
                deadline);
    }

    /**
     * An improvement action of a whistleblowing report (its number vouched for by its running process).
     *
     * @param startProcess false where the report's model starts the action's process by its call activity
     */
    @Transactional
    RectificationAction openForReport(String reportNumber, String department, String ownerUserId, String description,
                                      LocalDate deadline, boolean startProcess) {
        RectificationAction action = record(reportNumber, department, ownerUserId, description, deadline);
        if (startProcess) {
            startProcess(action);
        }
        return action;
    }

    /** The action the model's call activity is about to start a process for (its variable mappings read it). */
    @Transactional(readOnly = true)
    RectificationAction ordered(long id) {
        return actions.findById(id).orElseThrow(() -> new IllegalStateException("no rectification action " + id));
    }

    private RectificationAction start(String caseNumber, String department, String ownerUserId, String description,
                                      LocalDate deadline) {
        RectificationAction action = record(caseNumber, department, ownerUserId, description, deadline);
        startProcess(action);
        return action;
    }

    private RectificationAction record(String caseNumber, String department, String ownerUserId, String description,
                                       LocalDate deadline) {
        String owner = ownerUserId == null || ownerUserId.isBlank() ? null : ownerUserId.strip();
        String text = description == null ? null : description.strip();
        validate(department, owner, text, deadline);

        RectificationAction action = actions.save(RectificationAction.open(caseNumber, department,
                owner, text, deadline, clock.now(), events.currentActor()));
        events.append(caseNumber, CaseEventType.RECTIFICATION_OPENED, "整改措施 #" + action.getId() + " → "
                + department + (owner == null ? "" : " / " + owner) + "，期限 " + deadline + "：" + text);
        return action;
    }

    /** The same variables as the call activities' {@code camunda:in} mappings (see {@link RectificationOrders}). */
    private void startProcess(RectificationAction action) {
        runtimeService.createProcessInstanceByKey(RectificationProcess.KEY)
                .businessKey(action.getCaseNumber())
                .setVariables(Variables.createVariables()
                        .putValue(Vars.RECTIFICATION_ID.name(), action.getId())
                        .putValue(Vars.CASE_NUMBER.name(), action.getCaseNumber())
                        .putValue(Vars.DESCRIPTION.name(), action.getDescription())
                        .putValue(Vars.DEPARTMENT.name(), action.getDepartment())
                        // set even when null: the task's assignee expression reads it
                        .putValue(Vars.OWNER.name(), action.getOwner())
                        .putValue(Vars.DEADLINE.name(), Date.from(clock.endOf(action.getDeadline())))
                        .putValue(Vars.DEADLINE_DAY.name(), action.getDeadline().toString()))
                .execute();
    }

    // The three steps below run inside the engine's transaction, as steps of complaint-rectification.

    /** 落实整改: the owner (the logged-in user) records the result; the action is DONE. */
    void complete(long actionId, String resultNote) {
        RectificationAction action = actions.getById(actionId);
        action.complete(clock.now(), events.currentActor(), resultNote);
        actions.save(action);
        events.append(action.getCaseNumber(), CaseEventType.RECTIFICATION_DONE,
                "整改措施 #" + action.getId() + " 已完成：" + resultNote);
    }

    /** 提醒整改责任人: an internal notice to the owner, or to the department when nobody was named. */
    void remindOwner(long actionId) {
        RectificationAction action = actions.getById(actionId);
        OutboxMessage sent = notifications.send(action.getCaseNumber(), NoticePurpose.RECTIFICATION,
                NotificationChannel.INTERNAL, action.responsible(), notices.reminder(action), null);
        action.recordReminder();
        actions.save(action);
        events.append(action.getCaseNumber(), CaseEventLog.SYSTEM, CaseEventType.RECTIFICATION_REMINDER_SENT,
                "整改措施 #" + action.getId() + " 提醒 " + action.responsible() + " (outbox " + sent.id() + ")");
    }

    /** 整改逾期: the action passed its deadline undone; the escalation is counted and logged. */
    void recordEscalation(long actionId) {
        RectificationAction action = actions.getById(actionId);
        action.recordEscalation();
        actions.save(action);
        events.append(action.getCaseNumber(), CaseEventLog.SYSTEM, CaseEventType.RECTIFICATION_ESCALATED,
                "整改措施 #" + action.getId() + " 逾期未完成（期限 " + action.getDeadline() + "，第 "
                        + action.getEscalationCount() + " 次督办）");
    }

    /** 督办意见: the supervisor's note on an overdue action goes into the case's event log. */
    void recordSupervision(String caseNumber, long actionId, String note) {
        events.append(caseNumber, CaseEventType.SUPERVISION_RECORDED, "整改措施 #" + actionId + " 督办意见：" + note);
    }

    @Transactional(readOnly = true)
    public List<RectificationAction> list(String caseNumber) {
        cases.requireComplaint(caseNumber);
        return actions.findByCaseNumberOrderById(caseNumber);
    }

    @Transactional(readOnly = true)
    public RectificationAction get(String caseNumber, long id) {
        return actions.findById(id)
                .filter(a -> a.getCaseNumber().equals(caseNumber))
                .orElseThrow(() -> new RectificationNotFoundException(caseNumber, id));
    }

    private void validate(String department, String owner, String description, LocalDate deadline) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean knownDepartment = department != null && StaffGroups.DEPARTMENTS.contains(department);
        if (!knownDepartment) {
            problems.add(new FieldProblem("department", "must be one of " + String.join(", ", StaffGroups.DEPARTMENTS)));
        }
        if (owner != null) {
            if (identityService.createUserQuery().userId(owner).count() == 0) {
                problems.add(new FieldProblem("owner", "is not a known user"));
            } else if (knownDepartment
                    && identityService.createUserQuery().userId(owner).memberOfGroup(department).count() == 0) {
                problems.add(new FieldProblem("owner", "is not a member of " + department));
            }
        }
        if (description == null || description.isEmpty()) {
            problems.add(new FieldProblem("description", "must not be blank"));
        } else if (description.length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "must be at most " + MAX_DESCRIPTION + " characters"));
        } else if (!NO_CONTROL_CHARACTERS.matcher(description).matches()) {
            problems.add(new FieldProblem("description", TextRules.MESSAGE));
        }
        deadlineProblem(deadline, clock.today()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    /** A deadline is a day in the institution's calendar, today at the earliest. */
    static Optional<FieldProblem> deadlineProblem(LocalDate deadline, LocalDate today) {
        if (deadline == null) {
            return Optional.of(new FieldProblem("deadline", "is required"));
        }
        if (deadline.isBefore(today)) {
            return Optional.of(new FieldProblem("deadline", "must be today (" + today + ") or later"));
        }
        return Optional.empty();
    }
}
