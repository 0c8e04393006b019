package com.casedesk.web;

/** One invalid field of a request, as listed in a problem+json body under "errors". */
public record FieldProblem(String field, String message) {
}
