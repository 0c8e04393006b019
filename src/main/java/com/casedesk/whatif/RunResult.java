package com.casedesk.whatif;

import java.util.List;
import java.util.Map;

/**
 * One simulated year through one set of models: written by the run's own JVM as {@code run-<label>-<seed>.json}
 * and read back by the command that composes the report.
 *
 * @param label   {@code baseline} or {@code candidate}
 * @param models  resource name → SHA-256 of every model, table and form the run deployed (what was compared)
 * @param cases   one outcome per arrival, ordered by {@link CaseOutcome#seq()}
 * @param weekly  per ISO week and group, ordered by week then group
 * @param stats   how the run went: counts and seconds per phase (where the time goes)
 */
public record RunResult(String label, long seed, int year, Map<String, String> models, List<CaseOutcome> cases,
                        List<GroupWeek> weekly, RunStats stats) {

    /**
     * @param jobsExecuted      every job the run executed (timers, async steps), in due order
     * @param jobsFailed        executions that threw (each retried as the engine retries)
     * @param tasksCompleted    tasks completed by staff agents
     * @param tasksVanished     tasks an agent was working on that the process removed meanwhile (an interrupting event)
     * @param actions           actions taken besides completing tasks (extension requests, pauses, reviews, withdrawals)
     * @param simulatedUntil    the engine time the run stopped at
     * @param seconds           wall-clock seconds by phase: start, intake, tasks, jobs, actions, collect, total
     */
    public record RunStats(long jobsExecuted, long jobsFailed, long tasksCompleted, long tasksVanished, long actions,
                           String simulatedUntil, Map<String, Double> seconds) {
    }
}
