package com.casedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * A database that cannot be reached is a 503 with Retry-After, never a 500: the outage itself is
 * shown by bench/faults/db-outage.sh against a real PostgreSQL that is stopped and restarted.
 */
@UnitTest
class ApiProblemsTest {

    private final ApiProblems problems = new ApiProblems();
    private final ServletWebRequest request = new ServletWebRequest(new MockHttpServletRequest("POST", "/api/complaints"));

    @Test
    void springsConnectionFailuresAreServiceUnavailableWithRetryAfter() {
        assertUnavailable(new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms.")));
        assertUnavailable(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLException("Connection to localhost:5432 refused.", "08001")));
    }

    @Test
    void theEnginesWrappedConnectionFailureIsServiceUnavailable() {
        SQLException driver = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertUnavailable(new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation",
                new PersistenceException("### Error updating database.", driver)));
    }

    @Test
    void otherDatabaseErrorsStayInternalErrors() {
        ResponseEntity<Object> answer = problems.unexpected(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")), request);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.getHeaders().containsKey(HttpHeaders.RETRY_AFTER)).isFalse();
    }

    private void assertUnavailable(Exception ex) {
        ResponseEntity<Object> answer = problems.unexpected(ex, request);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo(ApiProblems.RETRY_AFTER_SECONDS);
        ProblemDetail body = (ProblemDetail) answer.getBody();
        assertThat(body).isNotNull();
        assertThat(body.getStatus()).isEqualTo(503);
        assertThat(body.getDetail()).doesNotContain("Hikari", "5432", "backend");
    }
}
