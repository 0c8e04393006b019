package com.casedesk.complaint.search;

import com.casedesk.complaint.ComplaintStatus;
import com.casedesk.web.FieldProblem;
import com.casedesk.web.InvalidRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A staff search of the ledger, checked: every parameter that cannot be read is named in one 400.
 * {@code q} is read as an exact case number, else an exact phone number, else a part (≥ 2 characters)
 * of the complainant's name or the respondent unit. {@code scope} (null: every case the caller may see)
 * narrows it to 我的案件 or 本组案件. Public for the Tasklist plugin's resource, which reads the same parameters.
 */
public record SearchCriteria(Set<ComplaintStatus> statuses, Integer level, boolean overdue, LocalDate dueBefore,
                             Query query, int page, int size, Scope scope) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_QUERY = 100;
    /** Deep pages are no way to find a case (narrow the search); the bound keeps offsets in an int. */
    static final int MAX_PAGE = 10_000;

    private static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z]{2}\\d{8,24}");
    /** Digits with the separators people type: {@code 138-0013-8000}, {@code +86 138 0013 8000}, {@code (010) 8888 6666}. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{5,30}");
    private static final Pattern MAINLAND_PREFIX = Pattern.compile("^(?:0086|86)(1[3-9]\\d{9})$");

    enum Kind { CASE_NUMBER, PHONE, TEXT }

    /**
     * 我的案件: an open task of the case is assigned to the caller, or the caller is its current owner;
     * 本组案件: an open task of the case has one of the caller's groups as candidate, claimed or not.
     */
    public enum Scope {
        MINE, GROUP;

        /** The parameter's spelling: {@code mine}, {@code group}. */
        public String parameter() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code value}: the case number upper-cased, the phone as digits without +86/0086, or the text stripped. */
    record Query(Kind kind, String value) {
    }

    public static SearchCriteria parse(List<String> status, String level, String overdue, String dueBefore, String q,
                                       String page, String size, String scope) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<ComplaintStatus> statuses = new LinkedHashSet<>();
        for (String s : status == null ? List.<String>of() : status) {
            for (String one : s.split(",")) {
                try {
                    statuses.add(ComplaintStatus.valueOf(one.strip()));
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem("status", "must be one or several of " + List.of(ComplaintStatus.values())));
                }
            }
        }
        Integer lvl = integer(level, "level", 1, 3, null, problems);
        boolean isOverdue = false;
        if (overdue != null && !overdue.isBlank()) {
            if (!overdue.equals("true") && !overdue.equals("false")) {
                problems.add(new FieldProblem("overdue", "must be true or false"));
            }
            isOverdue = overdue.equals("true");
        }
        LocalDate before = null;
        if (dueBefore != null && !dueBefore.isBlank()) {
            try {
                before = LocalDate.parse(dueBefore.strip());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("dueBefore", "must be a date like 2026-12-31"));
            }
        }
        Query query = query(q, problems);
        Integer p = integer(page, "page", 0, MAX_PAGE, 0, problems);
        Integer n = integer(size, "size", 1, MAX_SIZE, DEFAULT_SIZE, problems);
        Scope sc = scope(scope, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems.stream().distinct().toList());
        }
        return new SearchCriteria(Set.copyOf(statuses), lvl, isOverdue, before, query, p, n, sc);
    }

    private static Scope scope(String scope, List<FieldProblem> problems) {
        if (scope == null || scope.isEmpty()) {
            return null;
        }
        for (Scope s : Scope.values()) {
            if (s.parameter().equals(scope)) {
                return s;
            }
        }
        problems.add(new FieldProblem("scope", "must be mine or group"));
        return null;
    }

    private static Query query(String q, List<FieldProblem> problems) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String text = q.strip();
        if (text.length() > MAX_QUERY) {
            problems.add(new FieldProblem("q", "must be at most " + MAX_QUERY + " characters"));
            return null;
        }
        if (CASE_NUMBER.matcher(text).matches()) {
            return new Query(Kind.CASE_NUMBER, text.toUpperCase(java.util.Locale.ROOT));
        }
        if (PHONE.matcher(text).matches()) {
            String digits = text.replaceAll("[^0-9]", "");
            var mainland = MAINLAND_PREFIX.matcher(digits);
            return new Query(Kind.PHONE, mainland.matches() ? mainland.group(1) : digits);
        }
        if (text.codePointCount(0, text.length()) < 2) {
            problems.add(new FieldProblem("q", "a part of a name or unit needs at least 2 characters"));
            return null;
        }
        return new Query(Kind.TEXT, text);
    }

    private static Integer integer(String value, String name, int min, int max, Integer absent,
                                   List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        problems.add(new FieldProblem(name, "must be a whole number from " + min + " to " + max));
        return absent;
    }
}
