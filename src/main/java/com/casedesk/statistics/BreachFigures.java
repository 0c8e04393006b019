package com.casedesk.statistics;

/**
 * Statutory breaches of a period (Art. 18): the {@code STATUTORY_DEADLINE_MISSED} events recorded in it (a
 * statutory date passed with the case undecided) and the cases they belong to. A case breaches once per
 * round, so a case reopened and late again counts twice as a breach and once as a case.
 */
public record BreachFigures(long breaches, long breachedCases) {
}
