package com.casedesk.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A row of the complaint ledger (投诉台账) with its flags. State changes go through the methods
 * below, each called by the process step that causes it.
 */
@Table("complaint")
public class Complaint {

    @Id
    private Long id;
    private String caseNumber;
    private Channel channel;
    private String complainantName;
    private String complainantIdNumber;
    @Embedded.Empty
    private ComplainantContact contact;
    private String respondentUnit;
    private String respondentStaff;
    private String respondentStaffId;
    private BusinessLine businessLine;
    private ComplaintCategory category;
    private String request;
    private String facts;
    private BigDecimal claimedAmount;
    private int jointComplainants;
    @MappedCollection(idColumn = "complaint_id")
    private Set<FlagEntry> flags = new HashSet<>();
    private Instant receivedAt;
    @Embedded.Nullable
    private ReceiptEvidence receipt;
    private String registeredBy;
    private Integer level;
    private String gradingReason;
    private ComplaintStatus status;
    private String currentOwner;
    private Instant replyDueBy;
    private int handlingRound;
    private String findings;
    private String rootCause;
    private String result;
    private String resolution;
    private BigDecimal compensationAmount;
    private Instant decidedAt;
    private String decidedBy;
    private DecisionMeasure measure;
    private Instant feedbackSentAt;
    private String callbackOutcome;
    private int escalationCount;
    private Instant closedAt;
    private Instant clockStartedAt;
    private boolean complexCase;
    private boolean extended;
    private Instant pausedSince;
    private long pausedSeconds;
    private Instant statutoryDueBy;
    /** The statutory date at intake, never moved: the statistics' on-time rate against it shows what moving it did. */
    private Instant originalStatutoryDueBy;
    private Instant targetDueBy;
    private boolean majorComplaint;
    private Instant withdrawnAt;
    private String withdrawalReason;
    private Instant investigationDueBy;
    private int investigationExtraDays;
    private String mergedInto;
    private Instant mergedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Complaint() { }

    public static Complaint register(String caseNumber, ComplaintSubmission submission, Instant receivedAt,
                              Instant replyDueBy, String registeredBy) {
        Complaint c = new Complaint();
        c.caseNumber = caseNumber;
        c.channel = submission.channel();
        c.complainantName = submission.complainant().name().strip();
        c.complainantIdNumber = blankToNull(submission.complainant().idNumber());
        c.contact = ComplainantContact.of(submission);
        if (submission.respondent() != null) {
            c.respondentUnit = blankToNull(submission.respondent().unit());
            c.respondentStaff = blankToNull(submission.respondent().staffName());
            c.respondentStaffId = blankToNull(submission.respondent().staffId());
        }
        c.businessLine = submission.businessLine();
        c.category = submission.category();
        c.request = submission.request();
        c.facts = submission.facts();
        c.claimedAmount = submission.claimedAmount();
        c.jointComplainants = submission.jointComplainantsOrDefault();
        c.flags = submission.flagsOrEmpty().stream().map(FlagEntry::new).collect(Collectors.toSet());
        c.receivedAt = receivedAt;
        c.receipt = ReceiptEvidence.of(submission);
        c.replyDueBy = replyDueBy;
        c.statutoryDueBy = replyDueBy;
        c.originalStatutoryDueBy = replyDueBy;
        c.clockStartedAt = receivedAt;
        c.registeredBy = registeredBy;
        c.status = ComplaintStatus.RECEIVED;
        c.handlingRound = 1;
        return c;
    }

    private static String blankToNull(String value) { return value == null || value.isBlank() ? null : value.strip(); }

    public void applyGrade(int level, String reason, String owner, boolean major) {
        this.level = level;
        this.gradingReason = reason;
        this.currentOwner = owner;
        this.majorComplaint = major;
        this.status = ComplaintStatus.IN_HANDLING;
    }

    /** A person changed the level: as a grade, keeping whether the case is major. */
    public void regrade(int level, String reason, String owner) { applyGrade(level, reason, owner, majorComplaint); }

    /** The deadlines as {@link ComplaintDeadlines} computed them from the clock fields below. */
    public void setDeadlines(ComplaintDeadlines.Deadlines deadlines) {
        this.statutoryDueBy = deadlines.statutory();
        this.targetDueBy = deadlines.target();
        this.replyDueBy = deadlines.reply();
    }

    public void classifyComplex() { this.complexCase = true; }
    public void extend() { this.extended = true; }
    public void pause(Instant at) { this.pausedSince = at; }

    /** Ends the running pause; its length no longer counts against the deadlines. */
    public void resume(Instant at) {
        java.time.Duration paused = java.time.Duration.between(pausedSince, at);
        this.pausedSeconds += paused.toSeconds();
        this.pausedSince = null;
        if (investigationDueBy != null) {
            investigationDueBy = investigationDueBy.plus(paused);
        }
    }

    public void setInvestigationDueBy(Instant due) { this.investigationDueBy = due; }
    public void extendInvestigation(int workingDays) { this.investigationExtraDays += workingDays; }

    /** New facts or reasons restart the clock from their receipt (Art. 18 ¶3). */
    public void restartClock(Instant at) {
        this.clockStartedAt = at;
        this.pausedSeconds = 0;
    }

    public void withdraw(Instant at, String reason) {
        this.status = ComplaintStatus.WITHDRAWN;
        this.withdrawnAt = at;
        this.withdrawalReason = reason;
    }

    public void recordFindings(String findings, String rootCause) {
        this.findings = findings;
        this.rootCause = rootCause;
    }

    public void recordDecision(DecisionResult result, String resolution, BigDecimal compensation, Instant at,
                        String decidedBy) {
        recordDecision(result, null, resolution, compensation, at, decidedBy);
    }

    public void recordDecision(DecisionResult result, DecisionMeasure measure, String resolution, BigDecimal compensation,
                        Instant at, String decidedBy) {
        this.measure = measure;
        this.decidedBy = decidedBy;
        this.result = result.name();
        this.resolution = resolution;
        this.compensationAmount = compensation;
        this.decidedAt = at;
        this.status = ComplaintStatus.DECIDED;
    }

    public void recordFeedbackSent(Instant at) {
        this.feedbackSentAt = at;
        this.status = ComplaintStatus.FEEDBACK_SENT;
    }

    public void recordCallback(String outcome) { this.callbackOutcome = outcome; }

    /** A new round: the case is no longer closed, and the last round's callback belongs to that round alone. */
    public void reopen() {
        this.handlingRound++;
        this.status = ComplaintStatus.IN_HANDLING;
        this.closedAt = null;
        this.callbackOutcome = null;
    }

    /**
     * The grade this submission would have had as a case of its own: a merged receipt is answered like a
     * fresh case (issue 13 §5), and the grade is kept for comparison with the open case's.
     */
    public void gradeAsReceipt(int level, String reason, boolean major) {
        this.level = level;
        this.gradingReason = reason;
        this.majorComplaint = major;
    }

    /** A repeat (Art. 18 ¶3): from now on handled only through the open case it was merged into. */
    public void mergeInto(String openCaseNumber, Instant at) {
        this.status = ComplaintStatus.MERGED;
        this.mergedInto = openCaseNumber;
        this.mergedAt = at;
        this.currentOwner = null;
    }

    public void assignTo(String owner) { this.currentOwner = owner; }

    public void close(Instant at) {
        this.status = ComplaintStatus.CLOSED;
        this.closedAt = at;
    }

    public Set<ComplaintFlag> flagSet() {
        Set<ComplaintFlag> set = EnumSet.noneOf(ComplaintFlag.class);
        flags.forEach(f -> set.add(f.flag()));
        return set;
    }

    public Long getId() { return id; }
    public String getCaseNumber() { return caseNumber; }
    public Channel getChannel() { return channel; }
    public String getComplainantName() { return complainantName; }
    public String getComplainantIdNumber() { return complainantIdNumber; }
    /** Phone, e-mail, postal address and the channel the complainant asked for (notice/NoticeChannels). */
    public ComplainantContact getContact() { return contact; }
    public String getComplainantPhone() { return contact.phone(); }
    public String getComplainantEmail() { return contact.email(); }
    public String getRespondentUnit() { return respondentUnit; }
    public String getRespondentStaff() { return respondentStaff; }
    public String getRespondentStaffId() { return respondentStaffId; }
    public BusinessLine getBusinessLine() { return businessLine; }
    public ComplaintCategory getCategory() { return category; }
    public String getRequest() { return request; }
    public String getFacts() { return facts; }
    public BigDecimal getClaimedAmount() { return claimedAmount; }
    public int getJointComplainants() { return jointComplainants; }
    public Instant getReceivedAt() { return receivedAt; }
    /** The postmark or transfer letter a staff-keyed receipt date rests on, or null. */
    public ReceiptEvidence getReceipt() { return receipt; }
    public String getRegisteredBy() { return registeredBy; }
    public Integer getLevel() { return level; }
    public String getGradingReason() { return gradingReason; }
    public ComplaintStatus getStatus() { return status; }
    public String getCurrentOwner() { return currentOwner; }
    public Instant getReplyDueBy() { return replyDueBy; }
    public int getHandlingRound() { return handlingRound; }
    public String getFindings() { return findings; }
    public String getRootCause() { return rootCause; }
    public String getResult() { return result; }
    public String getResolution() { return resolution; }
    public BigDecimal getCompensationAmount() { return compensationAmount; }
    public Instant getDecidedAt() { return decidedAt; }
    /** Who recorded the decision: a review (核查) must be done by someone else (Art. 20). */
    public String getDecidedBy() { return decidedBy; }
    public String getMeasure() { return measure == null ? null : measure.name(); }
    public Instant getFeedbackSentAt() { return feedbackSentAt; }
    public String getCallbackOutcome() { return callbackOutcome; }
    public int getEscalationCount() { return escalationCount; }
    public Instant getClosedAt() { return closedAt; }
    public Instant getClockStartedAt() { return clockStartedAt; }
    public boolean isComplexCase() { return complexCase; }
    public boolean isExtended() { return extended; }
    public Instant getPausedSince() { return pausedSince; }
    public boolean isPaused() { return pausedSince != null; }
    public long getPausedSeconds() { return pausedSeconds; }
    public Instant getStatutoryDueBy() { return statutoryDueBy; }
    public Instant getOriginalStatutoryDueBy() { return originalStatutoryDueBy; }
    public Instant getTargetDueBy() { return targetDueBy; }
    public boolean isMajorComplaint() { return majorComplaint; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public String getWithdrawalReason() { return withdrawalReason; }
    public Instant getInvestigationDueBy() { return investigationDueBy; }
    public int getInvestigationExtraDays() { return investigationExtraDays; }
    /** The open case this repeat was merged into, or null. */
    public String getMergedInto() { return mergedInto; }

    @Table("complaint_flag")
    record FlagEntry(ComplaintFlag flag) {
    }
}
