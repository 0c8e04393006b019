package com.casedesk.whatif;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The replay's own bookkeeping beside the ledger: which case number each arrival got, each case's responsible
 * department, and the weekly snapshots of each group (backlog at the week's end, completions and busy
 * hours during it, staffed hours).
 */
final class CaseBook {

    private final Map<Integer, String> caseNumbers = new HashMap<>();
    private final Map<String, Integer> seqs = new HashMap<>();
    private final List<GroupWeek> weeks = new ArrayList<>();
    private final Map<String, String> departments = new HashMap<>();
    private final WorkingTime time;
    private final StaffAgents agents;
    private java.util.function.IntSupplier openCases = () -> 0;

    CaseBook(WorkingTime time, StaffAgents agents) {
        this.time = time;
        this.agents = agents;
    }

    void openCasesFrom(java.util.function.IntSupplier query) {
        this.openCases = query;
    }

    void register(Arrival a, String caseNumber) {
        caseNumbers.put(a.seq(), caseNumber);
        seqs.put(caseNumber, a.seq());
    }

    String caseNumber(int seq) {
        return caseNumbers.get(seq);
    }

    /** The arrival a case number came from; -1 for a case not replayed. */
    int seqOf(String caseNumber) {
        return caseNumber == null ? -1 : seqs.getOrDefault(caseNumber, -1);
    }

    /** The sortable place of a case in the stream, for ordering jobs due at the same instant. */
    String order(String caseNumber) {
        Integer seq = seqs.get(caseNumber);
        return seq == null ? null : String.format("%09d", seq);
    }

    void department(String caseNumber, String department) {
        if (caseNumber != null && department != null) {
            departments.putIfAbsent(caseNumber, department);
        }
    }

    Map<String, String> departments() {
        return departments;
    }

    int openCases() {
        return openCases.getAsInt();
    }

    /** The week that ended at {@code end} (Monday 00:00): one row per group with staff or tasks. */
    void weekEnded(Instant end) {
        Instant begin = end.minus(java.time.Duration.ofDays(7));
        String week = StaffAgents.isoWeek(begin.atZone(time.zone()).toLocalDate());
        double staffedPerPerson = time.hoursBetween(begin, end);
        Map<String, Integer> backlog = agents.backlog();
        Map<String, Integer> headcount = agents.headcount();
        for (Map.Entry<String, Integer> e : backlog.entrySet()) {
            String group = e.getKey();
            double[] book = agents.books().getOrDefault(week + "|" + group, new double[2]);
            double available = staffedPerPerson * headcount.getOrDefault(group, 0);
            weeks.add(new GroupWeek(week, group, e.getValue(), (int) book[0], round(book[1]), round(available),
                    available == 0 ? 0 : round(book[1] / available)));
        }
    }

    List<GroupWeek> weeks() {
        return weeks;
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
