package com.casedesk.complaint.intake;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.access.CaseAccess;
import com.casedesk.web.FieldProblem;
import com.casedesk.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff link a repeat the service did not recognise at intake (it merges only the same name and ID
 * number, issue 13 §5) to the open case it repeats. {@link CaseAccessInterceptor} checks the path's case;
 * the linked case is checked here the same way, so a case the caller may not see is a 404 either way.
 */
@RestController
@RequestMapping(path = "/api/complaints/{caseNumber}/repeats", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Complaint actions 投诉处理操作")
class RepeatLinkController {

    private static final Pattern CASE_NUMBER = Pattern.compile("[A-Z]{2}\\d{8,30}");

    private final RepeatComplaints repeats;
    private final CaseAccess access;

    RepeatLinkController(RepeatComplaints repeats, CaseAccess access) {
        this.repeats = repeats;
        this.access = access;
    }

    record LinkRequest(String caseNumber) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Link a repeat complaint (Art. 18 ¶3) to this open case: the linked case stops being handled"
            + " on its own (status MERGED), its request and facts join this case, and new facts restart this case's"
            + " clock from their receipt", security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "200", description = "Linked")
    @ApiResponse(responseCode = "400", description = "caseNumber missing, malformed or this case itself")
    @ApiResponse(responseCode = "404", description = "Either case does not exist or is not the caller's to see")
    @ApiResponse(responseCode = "409", description = "Either case is no longer in handling (decided, closed, withdrawn, merged)")
    RepeatComplaints.Link link(@PathVariable String caseNumber, @RequestBody LinkRequest body) {
        String repeat = body == null || body.caseNumber() == null ? "" : body.caseNumber().strip();
        if (!CASE_NUMBER.matcher(repeat).matches()) {
            throw new InvalidRequestException(List.of(new FieldProblem("caseNumber",
                    "must be the case number of the repeat, e.g. TS20261123000001")));
        }
        if (repeat.equals(caseNumber)) {
            throw new InvalidRequestException(List.of(new FieldProblem("caseNumber", "must name another case")));
        }
        access.check(repeat);
        return repeats.link(caseNumber, repeat);
    }
}
