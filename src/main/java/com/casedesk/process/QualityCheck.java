package com.casedesk.process;

/**
 * One check of the quality gate ({@link QualityGate}): reads the new deployment (and what is already deployed
 * or shipped with the release) and adds what it finds. Checks never stop at the first problem: the owner gets
 * every problem of a deployment in one answer.
 */
interface QualityCheck {

    void check(GateModels models, GateFindings findings);
}
