package com.casedesk.complaint.search;

import com.casedesk.security.CurrentUser;
import com.casedesk.security.LoginRequiredException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Complaints 投诉", description = "Intake and the complaint ledger (投诉台账)")
class ComplaintSearchController {

    private final ComplaintSearch search;

    ComplaintSearchController(ComplaintSearch search) {
        this.search = search;
    }

    @GetMapping(path = "/api/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Search the complaint ledger (staff only)",
            description = "Only cases the caller may open one by one (need-to-know and 回避 as for GET"
                    + " /api/complaints/{caseNumber}), sorted by reply deadline, then level, then case number."
                    + " The complainant's phone is shown in full to complaint-frontline and complaint-supervisor"
                    + " only. scope=mine|group narrows it to 我的案件 / 本组案件. Every search is audited (COMPLAINT_SEARCH).",
            security = {@SecurityRequirement(name = "basic")})
    @ApiResponse(responseCode = "200", description = "{items, page, size, total, totalExact}: matches are counted up to"
            + " 1,000; totalExact false means more (total 1000, shown as 1000+), the pages go on while they are full")
    @ApiResponse(responseCode = "400", description = "A parameter that cannot be read, named in errors[]")
    @ApiResponse(responseCode = "401", description = "Not logged in")
    ComplaintSearch.Page find(
            @Parameter(description = "One or several statuses (repeat the parameter or separate by commas)")
            @RequestParam(required = false) List<String> status,
            @Parameter(description = "1, 2 or 3") @RequestParam(required = false) String level,
            @Parameter(description = "true: reply deadline past, no decision, not closed")
            @RequestParam(required = false) String overdue,
            @Parameter(description = "A date (yyyy-MM-dd): reply deadline before the start of that day, service time zone")
            @RequestParam(required = false) String dueBefore,
            @Parameter(description = "An exact case number, an exact phone number (spaces, dashes, +86 ignored), or a"
                    + " part (≥ 2 characters) of the complainant's name or the respondent unit")
            @RequestParam(required = false) String q,
            @Parameter(description = "0-based") @RequestParam(required = false) String page,
            @Parameter(description = "1–100, default 20") @RequestParam(required = false) String size,
            @Parameter(description = "mine (我的案件): an open task of the case is assigned to you, or you are its current"
                    + " owner; group (本组案件): an open task of the case is offered to one of your groups, claimed or not;"
                    + " absent: every case you may open")
            @RequestParam(required = false) String scope) {
        String user = CurrentUser.get().orElseThrow(() -> new LoginRequiredException("Log in to search complaints."));
        SearchCriteria criteria = SearchCriteria.parse(status, level, overdue, dueBefore, q, page, size, scope);
        return search.search(user, CurrentUser.groups(), criteria);
    }
}
