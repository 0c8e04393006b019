package com.casedesk.whatif;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@link StaffingFitContract} on the embedded default (in-memory H2): the fit's SQL reads H2's engine and
 * ledger tables alike. Configured like {@code EmbeddedDefaultTest}, so both share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
class StaffingFitOnH2Test extends StaffingFitContract {
}
