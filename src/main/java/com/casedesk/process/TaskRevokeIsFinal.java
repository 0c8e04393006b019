package com.casedesk.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A user's REVOKE on a task (TaskHiding) keeps the task out of that user's task and history lists and
 * counts, whatever their groups may read. Camunda ORs the task's own authorization with the process
 * definition's READ_TASK (or READ_HISTORY), so a department head, who reads every complaint task,
 * still listed a case they are recused from. The engine's list and count statements are swapped for
 * ours, which run Camunda's own query text and add the veto; Tasklist, filters and both REST APIs use
 * them. Queries without authorization (the service's own, administrators) are unchanged.
 */
@Component
@Order(1)
class TaskRevokeIsFinal extends AbstractProcessEnginePlugin {

    private static final String MAPPER = "com/casedesk/process/task-revoke-veto.xml";
    private static final String NAMESPACE = "com.casedesk.process.TaskRevokeVeto.";
    static final Map<String, String> STATEMENTS = Map.of(
            "selectTaskByQueryCriteria", "selectTaskByQueryCriteriaWithVeto",
            "selectTaskCountByQueryCriteria", "selectTaskCountByQueryCriteriaWithVeto",
            "selectHistoricTaskInstancesByQueryCriteria", "selectHistoricTaskInstancesByQueryCriteriaWithVeto",
            "selectHistoricTaskInstanceCountByQueryCriteria", "selectHistoricTaskInstanceCountByQueryCriteriaWithVeto");
    private static final Logger LOG = LoggerFactory.getLogger(TaskRevokeIsFinal.class);

    @Override
    public void postInit(ProcessEngineConfigurationImpl engine) {
        Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
        for (String statement : STATEMENTS.keySet()) {
            if (!mybatis.hasStatement(statement, false)) {
                throw new IllegalStateException("Camunda has no statement " + statement + " any more: the task"
                        + " revoke veto (回避) cannot be applied; adapt " + MAPPER);
            }
        }
        if (!mybatis.hasStatement(NAMESPACE + STATEMENTS.get("selectTaskByQueryCriteria"), false)) {
            try (InputStream mapper = getClass().getClassLoader().getResourceAsStream(MAPPER)) {
                new XMLMapperBuilder(mapper, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // a copy: the engine's mappings are shared by every engine of the JVM's database type
        DbSqlSessionFactory sessions = engine.getDbSqlSessionFactory();
        Map<String, String> mappings = new HashMap<>(Optional.ofNullable(sessions.getStatementMappings()).orElse(Map.of()));
        STATEMENTS.forEach((engineStatement, ours) -> mappings.put(engineStatement, NAMESPACE + ours));
        sessions.setStatementMappings(mappings);
        LOG.debug("task and history lists honour a user's task REVOKE");
    }
}
