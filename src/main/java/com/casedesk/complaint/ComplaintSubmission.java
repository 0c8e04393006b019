package com.casedesk.complaint;

import com.casedesk.complaint.BusinessLine;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintCategory;
import com.casedesk.complaint.ComplaintFlag;
import com.casedesk.web.TextRules;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * The public intake contract of {@code POST /api/complaints}. Outside clients rely on these names;
 * add optional fields only.
 */
@Schema(description = "A complaint as submitted by a complainant or registered by staff (Art. 13 登记内容)")
public record ComplaintSubmission(
        @NotNull Channel channel,
        @NotNull @Valid Complainant complainant,
        @Valid Respondent respondent,
        @NotNull BusinessLine businessLine,
        @NotNull ComplaintCategory category,
        @NotBlank @Size(max = 2000) @Pattern(regexp = TextRules.NO_CONTROL_CHARACTERS, message = TextRules.MESSAGE)
        @Schema(description = "The complainant's request (投诉请求)", example = "要求全额赔付")
        String request,
        @NotBlank @Size(max = 10000) @Pattern(regexp = TextRules.NO_CONTROL_CHARACTERS, message = TextRules.MESSAGE)
        @Schema(description = "Main facts and grounds (主要事实及理由)")
        String facts,
        @DecimalMin("0.00") @DecimalMax("100000000000.00") @Digits(integer = 12, fraction = 2)
        @Schema(description = "Claimed amount in CNY, exact to the fen", example = "12000.00")
        BigDecimal claimedAmount,
        Set<ComplaintFlag> flags,
        @Min(1) @Max(100000)
        @Schema(description = "Number of people complaining jointly (共同投诉人数); 1 when absent", example = "1")
        Integer jointComplainants,
        @Schema(description = "Staff channels only: when the complaint reached the institution (the postmark, the"
                + " transfer letter's date), if earlier than now. Not in the future; the statutory clock runs from"
                + " here (Art. 18, 43). Refused for ONLINE and APP, which are received when submitted",
                example = "2026-11-18T09:00:00+08:00")
        OffsetDateTime receivedAt,
        @Size(max = 500) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
        @Schema(description = "Required with receivedAt: what shows the date (邮戳, 转办函日期及文号)",
                example = "邮戳 2026-11-18 北京朝阳")
        String receivedAtEvidence,
        @Size(max = 2000) @Pattern(regexp = TextRules.NO_CONTROL_CHARACTERS, message = TextRules.MESSAGE)
        @Schema(description = "Required when receivedAt is older than casedesk.intake.received-at-max-age: why it"
                + " is registered so late")
        String receivedAtReason,
        @Schema(description = "How the complainant wants to be told (告知方式). Optional; when given, the contact for"
                + " it is required: SMS a mobile number, EMAIL an e-mail address, LETTER a postal address. Without"
                + " it the intake channel decides: EMAIL by e-mail, LETTER by letter, the others by SMS when there is"
                + " a mobile number; else SMS, e-mail, letter, whichever contact exists", example = "SMS")
        PreferredChannel preferredChannel) {

    /** The contract before issue 16: no preferred channel. */
    public ComplaintSubmission(Channel channel, Complainant complainant, Respondent respondent, BusinessLine businessLine,
                               ComplaintCategory category, String request, String facts, BigDecimal claimedAmount,
                               Set<ComplaintFlag> flags, Integer jointComplainants, OffsetDateTime receivedAt,
                               String receivedAtEvidence, String receivedAtReason) {
        this(channel, complainant, respondent, businessLine, category, request, facts, claimedAmount, flags,
                jointComplainants, receivedAt, receivedAtEvidence, receivedAtReason, null);
    }

    /** The contract before issue 15: received when registered. */
    public ComplaintSubmission(Channel channel, Complainant complainant, Respondent respondent, BusinessLine businessLine,
                               ComplaintCategory category, String request, String facts, BigDecimal claimedAmount,
                               Set<ComplaintFlag> flags, Integer jointComplainants) {
        this(channel, complainant, respondent, businessLine, category, request, facts, claimedAmount, flags,
                jointComplainants, null, null, null, null);
    }

    public Set<ComplaintFlag> flagsOrEmpty() {
        return flags == null ? Set.of() : flags;
    }

    public int jointComplainantsOrDefault() {
        return jointComplainants == null ? 1 : jointComplainants;
    }

    /**
     * Why the stated {@link #preferredChannel} cannot be honoured (the complainant gave no contact for it),
     * or null: intake refuses such a complaint with 400 naming {@code preferredChannel}.
     */
    public String preferredChannelProblem() {
        if (preferredChannel == null || complainant == null) {
            return null;
        }
        return ComplainantContact.of(this).recipientFor(preferredChannel) != null ? null : switch (preferredChannel) {
            case SMS -> "SMS needs a mobile number in complainant.phone";
            case EMAIL -> "EMAIL needs an e-mail address in complainant.email";
            case LETTER -> "LETTER needs a postal address in complainant.address";
        };
    }

    @Schema(description = "The complainant (投诉人); personal data, kept in the ledger only")
    public record Complainant(
            @NotBlank @Size(max = 100) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
            String name,
            @Pattern(regexp = "(\\d{17}[\\dXx])?", message = "must be an 18-character resident ID number")
            String idNumber,
            @Pattern(regexp = "(\\+?\\d[\\d -]{4,19})?", message = "must be a telephone number")
            String phone,
            @Email @Size(max = 254)
            String email,
            @Size(max = 300) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
            @Schema(description = "Postal address for letters (书面告知), on one line; optional, but a complaint needs a"
                    + " phone number, an e-mail address or this", example = "北京市朝阳区建国路1号院2号楼301室 100020")
            String address) {

        /** The contract before issue 16: no postal address. */
        public Complainant(String name, String idNumber, String phone, String email) {
            this(name, idNumber, phone, email, null);
        }

        /** Refused as {@code complainant.contact}: without any contact the complainant cannot be told the result. */
        @JsonIgnore
        @AssertTrue(message = "a phone number, an e-mail address or a postal address is required, so that the"
                + " complainant can be told the result")
        public boolean isContact() {
            return ComplainantContact.blankToNull(phone) != null || ComplainantContact.blankToNull(email) != null
                    || ComplainantContact.blankToNull(address) != null;
        }
    }

    @Schema(description = "The unit and staff member complained about (被投诉人)")
    public record Respondent(
            @Size(max = 200) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
            String unit,
            @Size(max = 100) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE)
            String staffName,
            @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]*", message = "must be a staff user id")
            @Schema(description = "The staff member's user id, when staff register the complaint: that person never"
                    + " gets a task of the case (回避, Art. 17)")
            String staffId) {

        /** The original two-field form of the contract. */
        public Respondent(String unit, String staffName) {
            this(unit, staffName, null);
        }
    }
}
