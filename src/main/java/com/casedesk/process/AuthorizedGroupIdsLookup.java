package com.casedesk.process;

import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every query with an authorization check (each Tasklist and Cockpit request) first asks which of the
 * user's groups hold any authorization at all: Camunda's {@code selectAuthorizedGroupIds}, a
 * {@code select distinct GROUP_ID_} over the whole authorization table. That table holds two rows per
 * open task (the candidate group's task and history grants), so the question read 223,000 rows and
 * took 38 ms of each task-list request at 100,000 open cases (docs/performance.md). On PostgreSQL the
 * same question is answered here by walking the engine's {@code GROUP_ID_} index from one group to the
 * next — one probe per distinct group, about 1 ms whatever the number of tasks. The answer is the same
 * set of groups (ModelDeploymentTest compares them); only the statement the engine runs is swapped.
 */
@Component
class AuthorizedGroupIdsLookup extends AbstractProcessEnginePlugin {

    static final String ENGINE_STATEMENT = "selectAuthorizedGroupIds";
    static final String INDEX_STATEMENT = "selectAuthorizedGroupIdsByIndex";
    private static final String MAPPER = "com/casedesk/process/authorized-group-ids.xml";
    private static final Logger LOG = LoggerFactory.getLogger(AuthorizedGroupIdsLookup.class);

    @Override
    public void postInit(ProcessEngineConfigurationImpl engine) {
        if (!"postgres".equals(engine.getDatabaseType())) {
            return; // the demo's H2 never holds enough authorizations for it to matter
        }
        if (!EngineStatements.exists(engine, ENGINE_STATEMENT)) {
            LOG.warn("Camunda has no statement {} any more: authorized groups are looked up as the engine does", ENGINE_STATEMENT);
            return;
        }
        EngineStatements.replace(engine, MAPPER, Map.of(ENGINE_STATEMENT, INDEX_STATEMENT));
    }
}
