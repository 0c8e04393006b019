package com.casedesk.rectification;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A rectification action (整改措施) of a case: a row of the ledger beside the complaint. State changes
 * go through the methods below, each called by the step of {@code complaint-rectification} that causes it.
 */
@Table("rectification_action")
public class RectificationAction {

    @Id
    private Long id;
    private String caseNumber;
    private String department;
    private String owner;
    private String description;
    private LocalDate deadline;
    private RectificationStatus status;
    private Instant createdAt;
    private String createdBy;
    private Instant completedAt;
    private String completedBy;
    private String resultNote;
    private int reminderCount;
    private int escalationCount;
    /** Reminder and escalation jobs may run while the owner completes: the later writer retries instead of undoing DONE. */
    @Version
    private Integer version;

    @PersistenceCreator
    RectificationAction() {
    }

    static RectificationAction open(String caseNumber, String department, String owner, String description,
                                    LocalDate deadline, Instant at, String createdBy) {
        RectificationAction a = new RectificationAction();
        a.caseNumber = caseNumber;
        a.department = department;
        a.owner = owner;
        a.description = description;
        a.deadline = deadline;
        a.status = RectificationStatus.OPEN;
        a.createdAt = at;
        a.createdBy = createdBy;
        return a;
    }

    void recordReminder() {
        this.reminderCount++;
    }

    void recordEscalation() {
        this.escalationCount++;
    }

    void complete(Instant at, String by, String resultNote) {
        this.status = RectificationStatus.DONE;
        this.completedAt = at;
        this.completedBy = by;
        this.resultNote = resultNote;
    }

    /** Who a reminder goes to: the owner, or the whole department when nobody was named. */
    public String responsible() {
        return owner != null ? owner : department;
    }

    public Long getId() { return id; }
    public String getCaseNumber() { return caseNumber; }
    public String getDepartment() { return department; }
    public String getOwner() { return owner; }
    public String getDescription() { return description; }
    public LocalDate getDeadline() { return deadline; }
    public RectificationStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCompletedAt() { return completedAt; }
    public String getCompletedBy() { return completedBy; }
    public String getResultNote() { return resultNote; }
    public int getReminderCount() { return reminderCount; }
    public int getEscalationCount() { return escalationCount; }
}
