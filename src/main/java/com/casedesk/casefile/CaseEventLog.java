package com.casedesk.casefile;

import com.casedesk.process.EngineCaller;
import com.casedesk.security.CurrentUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Appends to a case's event log. Runs inside the caller's transaction, so an event is written
 * exactly when the step it describes commits.
 */
@Service
public class CaseEventLog {

    /** Actor recorded when no person is behind a step (timers, async jobs). */
    public static final String SYSTEM = "system";

    private final CaseEventRepository events;
    private final JdbcClient jdbc;
    private final IdentityService identityService;
    private final Clock clock;

    CaseEventLog(CaseEventRepository events, JdbcClient jdbc, IdentityService identityService, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.identityService = identityService;
        this.clock = clock;
    }

    public void append(String caseNumber, CaseEventType type, String detail) {
        append(caseNumber, currentActor(), type, detail);
    }

    /**
     * A plain insert rather than the repository's save: an intake appends half a dozen events, and
     * Spring Data's aggregate save cost more CPU than the rest of the event (docs/performance.md).
     */
    public void append(String caseNumber, String actor, CaseEventType type, String detail) {
        jdbc.sql("insert into case_event (case_number, actor, event_type, detail, occurred_at) "
                        + "values (:caseNumber, :actor, :type, :detail, :at)")
                .param("caseNumber", caseNumber).param("actor", actor).param("type", type.name())
                .param("detail", truncate(detail)).param("at", Timestamp.from(Instant.now(clock)))
                .update();
    }

    public List<CaseEvent> history(String caseNumber) {
        return events.findByCaseNumberOrderById(caseNumber);
    }

    /**
     * The person acting: the one the engine acts for (Tasklist, Cockpit, engine REST), else the one
     * logged in to our API, else the system (timers, the job executor).
     */
    public String currentActor() {
        return EngineCaller.currentUserId(identityService).or(CurrentUser::get).orElse(SYSTEM);
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3997) + "...";
    }
}
