package com.casedesk.notification.sms;

import com.casedesk.notification.sms.SmsReceipts.Outcome;
import com.casedesk.notification.sms.SmsReceipts.Receipt;
import com.casedesk.notification.sms.SmsReceipts.Result;
import com.casedesk.web.FieldProblem;
import com.casedesk.web.InvalidRequestException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The SMS provider's delivery receipts. Public (the provider has no staff account), so it trusts
 * only what is signed with the shared secret ({@link ReceiptSignature}) and, where configured, comes
 * from the provider's addresses; the signature is checked on the raw body before anything in it is read.
 */
@RestController
@RequestMapping("/api/notices/sms/receipts")
@Tag(name = "Notices 告知", description = "Proof of notice (Art. 21)")
class SmsReceiptController {

    private static final Logger LOG = LoggerFactory.getLogger(SmsReceiptController.class);

    private final SmsReceipts receipts;
    private final SmsProperties properties;
    private final ObjectMapper json;
    private final Clock clock;

    SmsReceiptController(SmsReceipts receipts, SmsProperties properties, ObjectMapper json, Clock clock) {
        this.receipts = receipts;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "SMS delivery receipt(s) from the provider (signed, no login)",
            description = "Body: one receipt {messageId, status: DELIVERED|FAILED, code, at} or a JSON array of them."
                    + " Header X-Casedesk-Signature: sha256=<hex HMAC-SHA256 of '<timestamp>.<raw body>' with the"
                    + " receipt secret>; X-Casedesk-Timestamp: epoch seconds, within 5 minutes of the service's"
                    + " clock. Each message id is acted on once: DELIVERED proves the notice at 'at', FAILED sends"
                    + " it by the case's next channel.")
    @ApiResponse(responseCode = "200", description = "Taken: per receipt RECORDED, or DUPLICATE (seen before, nothing"
            + " changed)")
    @ApiResponse(responseCode = "400", description = "Malformed body or receipt (field named); nothing recorded")
    @ApiResponse(responseCode = "401", description = "Signature missing or wrong, timestamp missing or stale;"
            + " nothing read, nothing changed")
    @ApiResponse(responseCode = "403", description = "Not from a configured source address")
    @ApiResponse(responseCode = "404", description = "A message id names no notice (yet): the others are recorded;"
            + " send it again later")
    ResponseEntity<List<Result>> receive(
            @RequestBody byte[] body,
            @Parameter(description = "sha256=<hex>") @RequestHeader(name = ReceiptSignature.SIGNATURE_HEADER,
                    required = false) String signature,
            @Parameter(description = "epoch seconds") @RequestHeader(name = ReceiptSignature.TIMESTAMP_HEADER,
                    required = false) String timestamp,
            HttpServletRequest request) {
        if (!allowedSource(properties.receiptSources(), request.getRemoteAddr())) {
            LOG.warn("SMS receipt refused: source {} is not configured", request.getRemoteAddr());
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Receipts are taken from configured sources only");
        }
        String problem = ReceiptSignature.problem(properties.receiptSecret(), signature, timestamp, body,
                Instant.now(clock));
        if (problem != null) {
            LOG.warn("SMS receipt refused: {}", problem);
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Receipt not accepted: " + problem);
        }
        List<Result> results = receipts.record(parse(body));
        boolean unknown = results.stream().anyMatch(r -> r.outcome() == Outcome.UNKNOWN);
        return ResponseEntity.status(unknown ? HttpStatus.NOT_FOUND : HttpStatus.OK).body(results);
    }

    /**
     * No configured sources: any address (the signature decides). Behind a proxy the address is the
     * proxy's unless {@code server.forward-headers-strategy} is set for a trusted proxy.
     */
    static boolean allowedSource(List<String> sources, String address) {
        return sources.isEmpty() || sources.contains(address);
    }

    private List<Receipt> parse(byte[] body) {
        try {
            JsonNode root = json.readTree(body);
            List<Receipt> list = new ArrayList<>();
            if (root != null && root.isArray()) {
                for (JsonNode node : root) {
                    list.add(json.treeToValue(node, Receipt.class));
                }
            } else if (root != null && root.isObject()) {
                list.add(json.treeToValue(root, Receipt.class));
            } else {
                throw invalid("a receipt object or an array of them");
            }
            return list;
        } catch (JsonProcessingException e) {
            throw invalid("not a receipt: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw invalid("unreadable");
        }
    }

    private static InvalidRequestException invalid(String message) {
        return new InvalidRequestException(List.of(new FieldProblem("body", message)));
    }
}
