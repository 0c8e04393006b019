package com.casedesk.process;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
        for (String statement : STATEMENTS.keySet()) {
            if (!EngineStatements.exists(engine, statement)) {
                throw new IllegalStateException("Camunda has no statement " + statement + " any more: the task"
                        + " revoke veto (回避) cannot be applied; adapt " + MAPPER);
            }
        }
        Map<String, String> ours = new HashMap<>();
        STATEMENTS.forEach((engineStatement, veto) -> ours.put(engineStatement, NAMESPACE + veto));
        EngineStatements.replace(engine, MAPPER, ours);
        LOG.debug("task and history lists honour a user's task REVOKE");
    }
}
