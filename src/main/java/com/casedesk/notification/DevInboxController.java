package com.casedesk.notification;

import com.casedesk.casefile.CaseNumbers;
import com.casedesk.security.CurrentUser;
import com.casedesk.security.StaffGroups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.context.Context;

/**
 * The dev inbox (开发收件箱): on the embedded default, and wherever a channel is not configured, the
 * notices that stayed in the service, so a newcomer sees what a case would have sent. Clearly
 * labelled as not sent. Off in production ({@code casedesk.notification.dev-inbox=false}: 404).
 * Whistleblowing notices are listed without their content, and only to administrators.
 */
@RestController
@RequestMapping("/api/notices/dev-inbox")
@Tag(name = "Notices 告知")
class DevInboxController {

    static final Set<String> MAY_READ = Set.of(StaffGroups.ADMIN, StaffGroups.COMPLIANCE, StaffGroups.SUPERVISOR);
    static final String WITHHELD = "（举报相关通知：内容不在开发收件箱显示 whistleblowing notice, content withheld）";

    private final OutboxRepository outbox;
    private final NotificationProperties properties;

    DevInboxController(OutboxRepository outbox, NotificationProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    /** {@code recipient} is masked except for compliance; {@code content} withheld for whistleblowing. */
    record InboxEntry(long id, String caseNumber, String purpose, String channel, String recipient, String subject,
                      String content, Instant createdAt, String reference) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "开发收件箱: notices kept in the service instead of sent (embedded default; not in production)",
            description = "The newest 200, optionally of one case. Recipients are masked except for compliance.",
            security = {@SecurityRequirement(name = "basic")})
    @ApiResponse(responseCode = "403", description = "Not an administrator, compliance officer or complaint supervisor")
    @ApiResponse(responseCode = "404", description = "The dev inbox is off (production)")
    List<InboxEntry> entries(@RequestParam(required = false) String caseNumber) {
        if (!properties.devInbox()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The dev inbox is off");
        }
        List<String> groups = CurrentUser.groups();
        if (groups.stream().noneMatch(MAY_READ::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The dev inbox is read by " + MAY_READ);
        }
        boolean compliance = groups.contains(StaffGroups.COMPLIANCE);
        boolean admin = groups.contains(StaffGroups.ADMIN);
        List<OutboxMessage> rows = caseNumber == null || caseNumber.isBlank()
                ? outbox.findTop200ByDeliveryReferenceStartingWithOrderByIdDesc(InProcessChannel.REFERENCE_PREFIX)
                : outbox.findTop200ByCaseNumberAndDeliveryReferenceStartingWithOrderByIdDesc(caseNumber.strip(),
                        InProcessChannel.REFERENCE_PREFIX);
        return rows.stream().filter(m -> admin || !isReport(m)).map(m -> new InboxEntry(m.id(), m.caseNumber(),
                m.purpose().name(), m.channel().name(), compliance ? m.recipient() : RecipientMask.mask(m.channel(), m.recipient()),
                isReport(m) ? null : m.subject(), isReport(m) ? WITHHELD : m.content(), m.createdAt(),
                m.deliveryReference())).toList();
    }

    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "开发收件箱 as a page for a browser (log in with a staff account)",
            security = {@SecurityRequirement(name = "basic")})
    ResponseEntity<String> page(@RequestParam(required = false) String caseNumber) {
        Context page = new Context();
        page.setVariable("entries", entries(caseNumber));
        page.setVariable("caseNumber", caseNumber);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(DevInboxPage.render(page));
    }

    private static boolean isReport(OutboxMessage m) {
        return CaseNumbers.isReport(m.caseNumber());
    }
}
