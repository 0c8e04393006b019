package com.casedesk.process;

/**
 * Told when a job has used up its retries and become an incident (what Cockpit lists), inside the
 * engine's transaction that records the incident. A capability that must act on such a failure
 * before an operator looks (e.g. a notice with a statutory deadline) implements this as a bean; the
 * engine seam ({@link FailedJobIncidents}) asks every one.
 */
public interface FailedJobObserver {

    /** The incident, as plain values: no engine type crosses the seam. */
    record FailedJob(String incidentId, String processDefinitionKey, String processInstanceId, String businessKey,
                     String activityId, String message) {
    }

    void incidentCreated(FailedJob failedJob);
}
