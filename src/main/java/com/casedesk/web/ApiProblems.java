package com.casedesk.web;

import com.casedesk.process.StateRuleViolation;
import com.casedesk.process.TaskRuleViolation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of our API is application/problem+json. Client errors name the field; server errors
 * say nothing about the inside (no stack trace, no SQL) and are logged with an id to find them.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);
    /** Seconds a client is asked to wait before retrying while the database is unreachable. */
    static final String RETRY_AFTER_SECONDS = "10";

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldProblem problem = describe(ex.getCause());
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                problem.field() == null ? problem.message() : problem.field() + ": " + problem.message());
        detail.setTitle("Unreadable request body");
        detail.setProperty("errors", List.of(problem));
        return handleExceptionInternal(ex, detail, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), e.getDefaultMessage())).toList();
        return handleErrorResponseException(new InvalidRequestException(problems), headers, status, request);
    }

    /** A multipart body the container cannot parse (e.g. a NUL in a file name): the client's fault. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<Object> unreadableUpload(org.springframework.web.multipart.MultipartException ex, WebRequest request) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "file: the multipart body or its file name cannot be read");
        detail.setTitle("Unreadable upload");
        detail.setProperty("errors", List.of(new FieldProblem("file", "the multipart body or its file name cannot be read")));
        return handleExceptionInternal(ex, detail, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    /**
     * A task rule (回避, four-eyes, independence) refused an engine command the API ran for the caller:
     * 403 naming the rule, as the engine REST APIs answer it.
     */
    @ExceptionHandler(TaskRuleViolation.class)
    ResponseEntity<Object> taskRule(TaskRuleViolation ex, WebRequest request) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
        detail.setTitle("Refused by a case rule");
        detail.setProperty("rule", ex.rule());
        detail.setProperty("message", ex.getMessage());
        return handleExceptionInternal(ex, detail, new HttpHeaders(), HttpStatus.FORBIDDEN, request);
    }

    /** A case-state rule refused what the API ran for the caller: 409 naming the rule, as the engine REST APIs answer it. */
    @ExceptionHandler(StateRuleViolation.class)
    ResponseEntity<Object> stateRule(StateRuleViolation ex, WebRequest request) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        detail.setTitle(ex.rule());
        detail.setProperty("rule", ex.rule());
        detail.setProperty("message", ex.getMessage());
        return handleExceptionInternal(ex, detail, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    /** The engine's migration guard refused a plan (process/MigrationGuard): 403 or 400 with every reason. */
    @ExceptionHandler(com.casedesk.process.MigrationRefused.class)
    ResponseEntity<Object> migrationRefused(com.casedesk.process.MigrationRefused ex, WebRequest request) {
        HttpStatus status = HttpStatus.valueOf(ex.status());
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
        detail.setTitle("迁移被拒绝 (migration refused)");
        detail.setProperty("reasons", ex.reasons());
        return handleExceptionInternal(ex, detail, new HttpHeaders(), status, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        if (databaseUnavailable(ex)) {
            return unavailable(ex, request);
        }
        String id = java.util.UUID.randomUUID().toString();
        LOG.error("unexpected error {}", id, ex);
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed. Quote error id " + id + " to the operator.");
        detail.setTitle("Internal error");
        return handleExceptionInternal(ex, detail, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    /**
     * The database cannot be reached (stopped, restarting, network, pool exhausted): nothing was
     * stored, so the client may retry the same request (with the same Idempotency-Key) later. 503
     * with Retry-After, not 500; the service itself recovers when the database is back.
     */
    private ResponseEntity<Object> unavailable(Exception ex, WebRequest request) {
        LOG.warn("database unavailable: {}", rootMessage(ex));
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The service cannot reach its database. Nothing was stored; retry the same request later.");
        detail.setTitle("Service unavailable");
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return handleExceptionInternal(ex, detail, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    /**
     * Spring's connection failures, and the same failure wrapped by the engine (a ProcessEngineException
     * around MyBatis around the driver's SQLException): a connection-class SQL state (08xxx) or the
     * pool's timeout anywhere in the cause chain.
     */
    static boolean databaseUnavailable(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static FieldProblem describe(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException e) {
            return new FieldProblem(path(e), "is not a known field");
        }
        if (cause instanceof InvalidFormatException e && e.getTargetType() != null && e.getTargetType().isEnum()) {
            String allowed = Arrays.stream(e.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return new FieldProblem(path(e), "must be one of " + allowed);
        }
        if (cause instanceof MismatchedInputException e) {
            String type = e.getTargetType() == null ? "value" : e.getTargetType().getSimpleName();
            return new FieldProblem(path(e), "has the wrong type (expected " + type + ")");
        }
        if (cause instanceof JsonMappingException e && !e.getPath().isEmpty()) {
            return new FieldProblem(path(e), "cannot be read");
        }
        if (cause instanceof JsonProcessingException e && e.getLocation() != null) {
            return new FieldProblem(null, "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr());
        }
        return new FieldProblem(null, "the body is missing or is not JSON");
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
