package com.casedesk.complaint.search;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The same search on the embedded default (in-memory H2, `./mvnw spring-boot:run`): no trigram indexes, the
 * same SQL (LIKE, translate, the engine's history tables). Configured like {@code EmbeddedDefaultTest}, so
 * both share one application context in their own surefire execution.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
class ComplaintSearchOnH2Test extends ComplaintSearchContract {
}
