package com.casedesk.whatif;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * The people of each candidate group: a queue of the group's open tasks (earliest due first, then higher
 * priority, then oldest) and {@code headcount} agents each working one task at a time in staffed hours. A task
 * is queued with the first of its candidate groups that is staffed; a task of no staffed group waits for
 * ever and is reported. Busy hours and completions are booked per ISO week of the service zone.
 */
final class StaffAgents {

    /** One task taken by one agent, done at {@code doneAt}. */
    record Started(TaskFeed.Created task, String group, int agent, Instant startedAt, Instant doneAt, long order,
                   Set<Integer> barred) {

        String user() {
            return "whatif-" + group + "-" + (agent + 1);
        }
    }

    /** @param barred agents (by index) the service refused this task to, e.g. the decider of the approval (四眼原则) */
    private record Queued(TaskFeed.Created task, long order, Set<Integer> barred) {
    }

    private static final Comparator<Queued> ORDER = Comparator
            .comparing((Queued q) -> q.task().due() == null ? Instant.MAX : q.task().due())
            .thenComparing(q -> -q.task().priority())
            .thenComparingLong(Queued::order);

    private final class Group {
        final String name;
        final Instant[] busyUntil;
        final PriorityQueue<Queued> queue = new PriorityQueue<>(ORDER);

        Group(String name, int headcount) {
            this.name = name;
            this.busyUntil = new Instant[headcount];
        }

        int idle() {
            return idle(Set.of());
        }

        int idle(Set<Integer> barred) {
            for (int i = 0; i < busyUntil.length; i++) {
                if (busyUntil[i] == null && !barred.contains(i)) {
                    return i;
                }
            }
            return -1;
        }
    }

    private final Map<String, Group> groups = new TreeMap<>();
    private final Set<String> removed = new HashSet<>();
    private final WorkingTime time;
    private final Map<String, double[]> weekBooks = new TreeMap<>();
    private long order;
    private int open;

    StaffAgents(Map<String, Integer> headcount, WorkingTime time) {
        headcount.forEach((g, n) -> groups.put(g, new Group(g, n)));
        this.time = time;
    }

    void add(TaskFeed.Created task) {
        String chosen = task.candidateGroups().stream().filter(g -> groups.containsKey(g) && groups.get(g).busyUntil.length > 0)
                .findFirst().orElse(task.candidateGroups().isEmpty() ? "(none)" : task.candidateGroups().get(0));
        groups.computeIfAbsent(chosen, g -> new Group(g, 0)).queue.add(new Queued(task, order++, Set.of()));
        open++;
    }

    /**
     * The service refused the task to this agent (a rule on the person, not on the task): back in its place in the
     * queue for another agent of the group; none left → it waits, counted by the caller.
     */
    boolean requeueWithout(Started s) {
        Group g = groups.get(s.group());
        g.busyUntil[s.agent()] = null;
        Set<Integer> barred = new java.util.HashSet<>(s.barred());
        barred.add(s.agent());
        if (barred.size() >= g.busyUntil.length) {
            return false;
        }
        g.queue.add(new Queued(s.task(), s.order(), Set.copyOf(barred)));
        open++;
        return true;
    }

    void remove(String taskId) {
        removed.add(taskId);
    }

    /** When an idle agent can next take a queued task: now while at work, else the next start of work; null if never. */
    Instant nextDispatch(Instant now) {
        for (Group g : groups.values()) {
            if (g.idle() >= 0 && hasWork(g) && g.queue.stream().anyMatch(q -> g.idle(q.barred()) >= 0)) {
                return time.nextStart(now);
            }
        }
        return null;
    }

    /** Idle agents take the first tasks of their queues; only at work. */
    List<Started> dispatch(Instant now) {
        List<Started> started = new ArrayList<>();
        if (!time.atWork(now)) {
            return started;
        }
        for (Group g : groups.values()) {
            int agent;
            List<Queued> waiting = new ArrayList<>();
            while (g.idle() >= 0 && hasWork(g)) {
                Queued next = g.queue.poll();
                agent = g.idle(next.barred());
                if (agent < 0) {
                    waiting.add(next); // only agents the service refused it to are free
                    continue;
                }
                open--;
                g.busyUntil[agent] = now; // reserved; the loop sets the real end once it knows the service time
                started.add(new Started(next.task(), g.name, agent, now, null, next.order(), next.barred()));
            }
            g.queue.addAll(waiting);
        }
        return started;
    }

    /** The agent works until {@code doneAt}; books the staffed hours to the weeks they fall in. */
    Started busy(Started s, double minutes) {
        Instant done = time.plusWorkingMinutes(s.startedAt(), minutes);
        groups.get(s.group()).busyUntil[s.agent()] = done;
        Instant from = s.startedAt();
        while (from.isBefore(done)) {
            Instant weekEnd = nextMonday(from);
            Instant until = weekEnd.isBefore(done) ? weekEnd : done;
            book(s.group(), from, 0, time.hoursBetween(from, until));
            from = until;
        }
        return new Started(s.task(), s.group(), s.agent(), s.startedAt(), done, s.order(), s.barred());
    }

    /** The agent is free again; the task counts as completed in the week it was done (when it was). */
    void free(Started s, boolean completed) {
        groups.get(s.group()).busyUntil[s.agent()] = null;
        if (completed) {
            book(s.group(), s.doneAt(), 1, 0);
        }
    }

    /** Open tasks per group: queued and in an agent's hands. */
    Map<String, Integer> backlog() {
        Map<String, Integer> backlog = new TreeMap<>();
        for (Group g : groups.values()) {
            int n = (int) g.queue.stream().filter(q -> !removed.contains(q.task().id())).count();
            for (Instant busy : g.busyUntil) {
                n += busy == null ? 0 : 1;
            }
            backlog.put(g.name, n);
        }
        return backlog;
    }

    Map<String, Integer> headcount() {
        Map<String, Integer> out = new TreeMap<>();
        groups.forEach((k, g) -> out.put(k, g.busyUntil.length));
        return out;
    }

    /** week → group → {completed, busy hours}. */
    Map<String, double[]> books() {
        return weekBooks;
    }

    int queued() {
        return open;
    }

    static String isoWeek(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private Instant nextMonday(Instant at) {
        LocalDate monday = at.atZone(time.zone()).toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return monday.atStartOfDay(time.zone()).toInstant();
    }

    private void book(String group, Instant at, int completed, double hours) {
        double[] book = weekBooks.computeIfAbsent(isoWeek(at.atZone(time.zone()).toLocalDate()) + "|" + group, k -> new double[2]);
        book[0] += completed;
        book[1] += hours;
    }

    private boolean hasWork(Group g) {
        while (!g.queue.isEmpty() && removed.remove(g.queue.peek().task().id())) {
            g.queue.poll();
            open--;
        }
        return !g.queue.isEmpty();
    }
}
