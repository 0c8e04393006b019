package com.casedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.PostgresTest;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresTest
class ModelDeploymentTest {

    @Autowired ModelDeployer deployer;
    @Autowired RepositoryService repositoryService;
    @Autowired ProcessEngine processEngine;
    @Autowired JdbcTemplate jdbc;

    @Test
    void decisionTablesAreEvaluatedWithTheCachingFeelEngine() {
        var config = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

        assertThat(config.getDmnEngineConfiguration().getFeelEngine()).isInstanceOf(CachingFeelEngine.class);
    }

    @Test
    void jobAcquisitionReadsTheDueDateIndex() {
        assertThat(indexDefinitions(EngineTableTuning.DUE_DATE_INDEX)).singleElement().asString().containsIgnoringCase("(duedate_)");
        // the test database's job table is nearly empty, where any plan is a sequential scan
        String plan = explainWithoutSequentialScans("""
                explain select id_ from act_ru_job where retries_ > 0 and duedate_ <= now()
                order by duedate_ limit 20""");

        assertThat(plan).contains(EngineTableTuning.DUE_DATE_INDEX);
    }

    @Test
    void jobAcquisitionFindsTheJobsInProgressWithoutReadingTheJobTable() {
        assertThat(indexDefinitions(EngineTableTuning.LOCKED_JOB_INDEX)).singleElement().asString()
                .containsIgnoringCase("(process_instance_id_, lock_exp_time_)")
                .containsIgnoringCase("where (lock_owner_ is not null)");
        // the acquisition query's test for a process instance with an exclusive job in progress
        String plan = explainWithoutSequentialScans("""
                explain select J2.PROCESS_INSTANCE_ID_ from ACT_RU_JOB J2
                where J2.EXCLUSIVE_ = true and J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= now()""");

        assertThat(plan).contains(EngineTableTuning.LOCKED_JOB_INDEX);
    }

    @Test
    void aGroupsTasksByDueDateAreReadInIndexOrderAndNotSortedInFull() {
        assertThat(indexDefinitions(EngineTableTuning.TASK_DUE_DATE_INDEX)).singleElement().asString()
                .containsIgnoringCase("(due_date_, rev_, id_)");
        // the shape of Camunda's task query: distinct over the task's columns, in select-list order
        String plan = explainWithout("""
                explain select distinct RES.REV_, RES.ID_, RES.NAME_, RES.PROC_INST_ID_, RES.DUE_DATE_
                from act_ru_task RES where RES.ASSIGNEE_ is null order by RES.DUE_DATE_ asc limit 50""", "enable_seqscan", "enable_sort");

        assertThat(plan).contains(EngineTableTuning.TASK_DUE_DATE_INDEX)
                .containsPattern("Presorted Key: (res\\.)?due_date_, (res\\.)?rev_, (res\\.)?id_");
    }

    @Test
    void whetherATaskIsOfTheWorkersGroupIsAnsweredFromAnIndex() {
        assertThat(indexDefinitions(EngineTableTuning.TASK_GROUP_LINK_INDEX)).singleElement().asString()
                .containsIgnoringCase("(task_id_, group_id_, type_)");
        String plan = explainWithoutSequentialScans("""
                explain select I.TASK_ID_ from ACT_RU_IDENTITYLINK I
                where I.TASK_ID_ = 'some-task' and I.TYPE_ = 'candidate' and I.GROUP_ID_ in ('complaint-frontline')""");

        assertThat(plan).contains("Index Only Scan using " + EngineTableTuning.TASK_GROUP_LINK_INDEX);
    }

    @Test
    void authorizedGroupsAreLookedUpByIndexAndGiveTheEnginesAnswer() {
        var config = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        List<String> groupsWithAuthorizations = jdbc.queryForList(
                "select distinct group_id_ from act_ru_authorization where group_id_ is not null", String.class);
        List<String> asked = new ArrayList<>(groupsWithAuthorizations);
        asked.add("a-group-without-authorizations");

        List<String> answered = config.getCommandExecutorTxRequired().execute(
                context -> context.getAuthorizationManager().filterAuthenticatedGroupIds(asked));

        assertThat(config.getSqlSessionFactory().getConfiguration()
                .hasStatement(AuthorizedGroupIdsLookup.ENGINE_STATEMENT, false)).as("the engine still has the statement").isTrue();
        assertThat(config.getDbSqlSessionFactory().mapStatement(AuthorizedGroupIdsLookup.ENGINE_STATEMENT))
                .isEqualTo(AuthorizedGroupIdsLookup.INDEX_STATEMENT);
        assertThat(groupsWithAuthorizations).hasSizeGreaterThan(5);
        assertThat(answered).containsExactlyInAnyOrderElementsOf(groupsWithAuthorizations);
    }

    @Test
    void theTaskQuerysAuthorizationCheckIsPlannedWithStatisticsAndSsdCosts() {
        assertThat(jdbc.queryForList("select stxname from pg_statistic_ext where stxname like 'act_stat_auth_perms_%'",
                String.class)).containsExactlyInAnyOrder("act_stat_auth_perms_2", "act_stat_auth_perms_64");
        assertThat(jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
        assertThat(jdbc.queryForObject("show enable_material", String.class)).isEqualTo("off");
        // no JIT compilation of the statistics' long queries (issue 20: 186 ms of a 740 ms month)
        assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
    }

    @Test
    void modelsAndFormsAreDeployedUnderNamesRelativeToTheirFolders() {
        var deployment = repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
                .orderByDeploymentTime().desc().list().get(0);
        List<String> names = repositoryService.getDeploymentResources(deployment.getId()).stream()
                .map(Resource::getName).toList();
        List<String> allNames = repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
                .list().stream()
                .flatMap(d -> repositoryService.getDeploymentResources(d.getId()).stream())
                .map(Resource::getName).distinct().toList();

        assertThat(names).isNotEmpty().allMatch(n -> n.startsWith("processes/") || n.startsWith("forms/"));
        assertThat(allNames).contains("processes/complaint/complaint-handling.bpmn",
                "processes/complaint/complaint-grading.dmn", "forms/complaint/complaint-investigate.form",
                "forms/complaint/complaint-decide.form", "forms/complaint/complaint-callback.form",
                "forms/complaint/complaint-escalation.form");
    }

    @Test
    void deployingUnchangedModelsAgainCreatesNoNewVersion() {
        ProcessDefinition before = latest();

        deployer.deploy();
        deployer.deploy();

        ProcessDefinition after = latest();
        assertThat(after.getId()).isEqualTo(before.getId());
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
    }

    @Test
    void everyModelKeepsItsHistoryForAConfiguredTime() {
        assertThat(latest().getHistoryTimeToLive()).isNotNull().isPositive();
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("complaint-grading")
                .latestVersion().singleResult().getHistoryTimeToLive()).isNotNull().isPositive();
    }

    private ProcessDefinition latest() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey("complaint-handling")
                .latestVersion().singleResult();
    }

    private List<String> indexDefinitions(String indexName) {
        return jdbc.queryForList("select indexdef from pg_indexes where indexname = ?", String.class, indexName);
    }

    private String explainWithoutSequentialScans(String explain) {
        return explainWithout(explain, "enable_seqscan");
    }

    /** Plans of the nearly empty test tables, with the plans a large table would rule out switched off. */
    private String explainWithout(String explain, String... planSettings) {
        return jdbc.execute((ConnectionCallback<String>) connection -> {
            try (var statement = connection.createStatement()) {
                for (String setting : planSettings) {
                    statement.execute("set " + setting + " = off");
                }
                var rows = statement.executeQuery(explain);
                StringBuilder text = new StringBuilder();
                while (rows.next()) {
                    text.append(rows.getString(1)).append('\n');
                }
                for (String setting : planSettings) {
                    statement.execute("reset " + setting);
                }
                return text.toString();
            }
        });
    }
}
