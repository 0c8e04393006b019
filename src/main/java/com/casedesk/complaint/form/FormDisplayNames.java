package com.casedesk.complaint.form;

import java.util.Set;

/**
 * The names of the display values the complaint forms show ({@link ComplaintFormDisplay}): computed when a
 * form is read, never stored in the engine, never written by a person (they are service-owned,
 * {@code complaint/guard/ComplaintVariableOwnership}). Each is a shown-only field of a form in
 * {@code forms/complaint/}.
 */
public final class FormDisplayNames {

    /** 答复期限 as a date, {@code yyyy-MM-dd} in the service's zone. */
    public static final String REPLY_DEADLINE = "replyDeadline";
    /** 法定期限 (Art. 18, with pauses and extensions) as a date. */
    public static final String STATUTORY_DEADLINE = "statutoryDeadline";
    public static final String CHANNEL_LABEL = "channelLabel";
    /** 诉求金额: the amount claimed, from the ledger (not a process variable since issue 20's lean intake). */
    public static final String CLAIMED_AMOUNT = "claimedAmount";
    /** 投诉请求 and 被投诉单位, from the ledger (not process variables since issue 20's lean intake). */
    public static final String REQUEST = "complaintRequest";
    public static final String RESPONDENT_UNIT = "respondentUnit";
    public static final String BUSINESS_LINE_LABEL = "businessLineLabel";
    public static final String CATEGORY_LABEL = "categoryLabel";
    public static final String STATUS_LABEL = "statusLabel";
    public static final String ROOT_CAUSE_LABEL = "rootCauseLabel";
    /** The complainant's phone on the callback form: in full for the front line, masked for other readers. */
    public static final String COMPLAINANT_PHONE = "complainantPhone";
    /** Round 2 and later: the previous round's decision, in labels. */
    public static final String PREVIOUS_ROUND_RESULT = "previousRoundResult";
    /** Round 2 and later: why the complainant was not satisfied (the callback's note), or why the case was reopened. */
    public static final String UNSATISFIED_REASON = "unsatisfiedReason";
    /** The compensation approval: whether the compensation decided exceeds the amount claimed. */
    public static final String COMPENSATION_EXCEEDS_CLAIM = "compensationExceedsClaim";
    public static final String COMPENSATION_WARNING = "compensationWarning";
    /** The investigation-extension approval: the current investigation deadline and the one an approval sets. */
    public static final String INVESTIGATION_DEADLINE = "investigationDeadline";
    public static final String NEW_INVESTIGATION_DEADLINE = "newInvestigationDeadline";

    public static final Set<String> ALL = Set.of(REPLY_DEADLINE, STATUTORY_DEADLINE, CHANNEL_LABEL, BUSINESS_LINE_LABEL,
            CATEGORY_LABEL, STATUS_LABEL, ROOT_CAUSE_LABEL, COMPLAINANT_PHONE, PREVIOUS_ROUND_RESULT, UNSATISFIED_REASON,
            COMPENSATION_EXCEEDS_CLAIM, COMPENSATION_WARNING, INVESTIGATION_DEADLINE, NEW_INVESTIGATION_DEADLINE, CLAIMED_AMOUNT,
            REQUEST, RESPONDENT_UNIT);

    private FormDisplayNames() {
    }
}
