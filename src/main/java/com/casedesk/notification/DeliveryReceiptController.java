package com.casedesk.notification;

import com.casedesk.security.CurrentUser;
import com.casedesk.security.StaffGroups;
import com.casedesk.web.FieldProblem;
import com.casedesk.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Delivery reported after the fact (SMS delivery receipt, tracked letter signed for): by a channel's
 * callback or by staff who hold the post office's receipt. The notice is named by the channel's
 * reference, which is what a channel knows.
 */
@RestController
@RequestMapping("/api/notices/delivery-receipts")
@Tag(name = "Notices 告知", description = "Proof of notice (Art. 21)")
class DeliveryReceiptController {

    /** Staff who post and track letters, and administrators (the account a channel's callback uses). */
    static final Set<String> MAY_RECORD = Set.of(StaffGroups.FRONTLINE, StaffGroups.SUPERVISOR, StaffGroups.ADMIN);

    private final Notifications notifications;

    DeliveryReceiptController(Notifications notifications) {
        this.notifications = notifications;
    }

    record DeliveryReceipt(String reference, OffsetDateTime deliveredAt) {
    }

    record NoticeProof(long outboxId, String caseNumber, String purpose, String channel, Instant acceptedAt,
                       Instant deliveredAt, Instant proofAt) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record that a notice was delivered (frontline, supervisors, administrators)",
            description = "The notice's proof timestamp becomes the delivery time; for the decision notice this"
                    + " moves the 核查 application window and the on-time figure.",
            security = {@SecurityRequirement(name = "basic")})
    @ApiResponse(responseCode = "200", description = "Recorded; the notice's proof as it now stands")
    @ApiResponse(responseCode = "400", description = "reference or deliveredAt missing, deliveredAt in the future or"
            + " before the channel accepted the notice")
    @ApiResponse(responseCode = "403", description = "Not a group that may record deliveries")
    @ApiResponse(responseCode = "404", description = "No notice with this reference")
    NoticeProof record(@RequestBody DeliveryReceipt receipt) {
        if (CurrentUser.groups().stream().noneMatch(MAY_RECORD::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Deliveries are recorded by " + MAY_RECORD);
        }
        if (receipt.reference() == null || receipt.reference().isBlank()) {
            throw new InvalidRequestException(List.of(new FieldProblem("reference", "must be given")));
        }
        OutboxMessage n = notifications.recordDelivery(receipt.reference(),
                receipt.deliveredAt() == null ? null : receipt.deliveredAt().toInstant());
        return new NoticeProof(n.id(), n.caseNumber(), n.purpose().name(), n.channel().name(), n.acceptedAt(),
                n.deliveredAt(), n.proofAt());
    }
}
