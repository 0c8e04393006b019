package com.casedesk.whatif;

/**
 * One candidate group in one ISO week of a run.
 *
 * @param week           ISO week, e.g. {@code 2026-W07}
 * @param backlog        open tasks of the group at the end of the week (Sunday 24:00, service zone)
 * @param completed      tasks the group's agents completed in the week
 * @param busyHours      hours the group's agents spent on tasks in the week
 * @param availableHours the group's staffed hours in the week (headcount × working hours on working days)
 * @param utilisation    busyHours / availableHours (0 when nobody was staffed)
 */
public record GroupWeek(String week, String group, int backlog, int completed, double busyHours,
                        double availableHours, double utilisation) {
}
