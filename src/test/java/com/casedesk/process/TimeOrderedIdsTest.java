package com.casedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.PostgresTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class TimeOrderedIdsTest {

    @Autowired ProcessEngine engine;

    @Test
    void theEngineWritesTimeOrderedIdsSoNewRowsGoToTheEndOfEachIndex() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getIdGenerator()).isInstanceOf(TimeOrderedIds.class);

        // rows the engine wrote at start-up (the models' deployments) carry version-7 ids, 36 characters as before
        List<Deployment> deployments = engine.getRepositoryService().createDeploymentQuery().list();
        assertThat(deployments).isNotEmpty();
        assertThat(deployments).allSatisfy(d -> {
            assertThat(d.getId()).hasSize(36);
            assertThat(UUID.fromString(d.getId()).version()).isEqualTo(7);
        });

        // each id sorts after the one before, within a millisecond too: new index entries go to the end
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            ids.add(configuration.getIdGenerator().getNextId());
        }
        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }
}
