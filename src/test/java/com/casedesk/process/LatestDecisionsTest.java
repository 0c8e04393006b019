package com.casedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.PostgresTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One statement answers what the engine's latest-version query answers, before and after a new version. */
@PostgresTest
class LatestDecisionsTest {

    private static final List<String> KEYS = List.of("complaint-periods", "complaint-thresholds", "complaint-grading");

    @Autowired LatestDecisions latest;
    @Autowired RepositoryService repository;

    @Test
    void theLatestVersionOfEachKeyIsTheEnginesAndANewVersionIsSeenAtOnce() throws Exception {
        assertAgreesWithTheEngine();

        String dmn = Files.readString(Path.of("processes/complaint/complaint-periods.dmn"), StandardCharsets.UTF_8);
        int before = latest.of(KEYS).get("complaint-periods").version();
        repository.createDeployment().name("latest-decisions-test").addString("complaint-periods.dmn", dmn).deploy();

        Map<String, LatestDecisions.Latest> after = latest.of(KEYS);
        assertThat(after.get("complaint-periods").version()).isEqualTo(before + 1);
        assertAgreesWithTheEngine();
    }

    @Test
    void aKeyWithNoDeployedTableIsMissing() {
        assertThat(latest.of(List.of("complaint-periods", "no-such-table"))).containsOnlyKeys("complaint-periods");
    }

    private void assertAgreesWithTheEngine() {
        Map<String, LatestDecisions.Latest> ours = latest.of(KEYS);
        for (String key : KEYS) {
            DecisionDefinition engine = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                    .withoutTenantId().latestVersion().singleResult();
            assertThat(ours.get(key)).as(key).isEqualTo(new LatestDecisions.Latest(engine.getId(), engine.getVersion()));
        }
    }
}
