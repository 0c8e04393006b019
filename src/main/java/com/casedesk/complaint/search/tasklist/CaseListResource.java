package com.casedesk.complaint.search.tasklist;

import com.casedesk.complaint.search.SearchCriteria;
import com.casedesk.process.EngineCaller;
import com.casedesk.web.InvalidRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;
import org.springframework.http.ProblemDetail;

/**
 * {@code GET .../{engine}/cases}: the parameters of {@code GET /api/complaints} (scope, q, status, level, overdue,
 * dueBefore, page, size) for the person the webapp session logged in — the same search, need-to-know, 回避 and
 * audit as the API, rows as the list shows them.
 */
public class CaseListResource extends AbstractTasklistPluginResource {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final CaseList list;

    public CaseListResource(String engineName, CaseList list) {
        super(engineName);
        this.list = list;
    }

    @GET
    @Path("cases")
    @Produces({MediaType.APPLICATION_JSON, PROBLEM_JSON})
    public Response cases(@QueryParam("status") List<String> status, @QueryParam("level") String level,
                          @QueryParam("overdue") String overdue, @QueryParam("dueBefore") String dueBefore,
                          @QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size,
                          @QueryParam("scope") String scope) {
        EngineCaller caller = EngineCaller.current(getProcessEngine()).filter(c -> c.userId() != null)
                .orElseThrow(() -> new RestException(Response.Status.FORBIDDEN, "请先登录 Tasklist。 (Log in to Tasklist.)"));
        SearchCriteria criteria;
        try {
            criteria = SearchCriteria.parse(status, level, overdue, dueBefore, q, page, size, scope);
        } catch (InvalidRequestException e) {
            return Response.status(Response.Status.BAD_REQUEST).type(PROBLEM_JSON).entity(problem(e.getBody())).build();
        }
        return Response.ok(list.page(caller.userId(), caller.groupIds(), criteria), MediaType.APPLICATION_JSON).build();
    }

    /** The API's problem+json body (web/InvalidRequestException) with its fields at the top, as Spring writes it. */
    private static Map<String, Object> problem(ProblemDetail detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(detail.getType()));
        body.put("title", detail.getTitle());
        body.put("status", detail.getStatus());
        body.put("detail", detail.getDetail());
        if (detail.getProperties() != null) {
            body.putAll(detail.getProperties());
        }
        return body;
    }
}
