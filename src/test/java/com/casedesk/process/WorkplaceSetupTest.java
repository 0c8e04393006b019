package com.casedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.PostgresTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** What a person finds on a fresh start: users, groups, Tasklist filters, webapps, API description. */
@PostgresTest
class WorkplaceSetupTest {

    @Autowired IdentityService identityService;
    @Autowired FilterService filterService;
    @Autowired TasklistFilters filters;
    @Autowired TestRestTemplate http;
    @Autowired com.casedesk.complaint.intake.ComplaintIntake intake;
    @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
    @Autowired org.camunda.bpm.engine.ManagementService managementService;

    @Test
    void demoUsersLogInWithPasswordDemoAndBelongToTheirGroups() {
        assertThat(identityService.checkPassword("admin", "demo")).isTrue();
        assertThat(identityService.checkPassword("frontline", "demo")).isTrue();
        assertThat(identityService.checkPassword("nobody", "demo")).isFalse();
        assertThat(identityService.createUserQuery().userId("frontline").memberOfGroup("complaint-frontline").count()).isOne();
        assertThat(identityService.createUserQuery().userId("supervisor").memberOfGroup("complaint-supervisor").count()).isOne();
        assertThat(identityService.createUserQuery().userId("leader").memberOfGroup("complaint-leadership").count()).isOne();
        assertThat(identityService.createUserQuery().userId("admin").memberOfGroup("camunda-admin").count()).isOne();
    }

    @Test
    void theThreeTasklistFiltersExistOnceEvenAfterAnotherStart() {
        filters.afterPropertiesSet();

        for (String name : new String[] {TasklistFilters.MY_TASKS, TasklistFilters.GROUP_TASKS, TasklistFilters.OVERDUE,
                TasklistFilters.LEVEL_1}) {
            assertThat(filterService.createFilterQuery().filterName(name).count()).as(name).isOne();
        }
    }

    @Test
    void theGroupFilterFindsTheTasksOfTheCurrentUsersGroups() {
        var filter = filterService.createFilterQuery().filterName(TasklistFilters.GROUP_TASKS).singleResult();
        // a process owner may use the filter but is no task's candidate
        identityService.setAuthentication("owner", java.util.List.of(com.casedesk.security.StaffGroups.PROCESS_OWNER));
        try {
            assertThat(filterService.count(filter.getId())).isZero();
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void theLevel1FilterShowsTheTasksOfLevel1ComplaintsOnly() {
        var filter = filterService.createFilterQuery().filterName(TasklistFilters.LEVEL_1).singleResult();
        String level1 = intake.register(com.casedesk.support.Complaints.with(com.casedesk.complaint.Channel.ONLINE,
                new java.math.BigDecimal("600000"), java.util.Set.of(), 1), null, "test", "frontline").receipt().caseNumber();
        String level3 = intake.register(com.casedesk.support.Complaints.ordinary(), null, "test", "frontline")
                .receipt().caseNumber();
        // a Level 1 case first tells the department head (a job), then waits for them to forward it
        var notify = managementService.createJobQuery().processInstanceId(runtimeService.createProcessInstanceQuery()
                        .processInstanceBusinessKey(level1).processDefinitionKey("complaint-handling").singleResult().getId())
                .activityId(com.casedesk.complaint.ComplaintProcess.Elements.NOTIFY_DEPARTMENT_HEAD).singleResult();
        managementService.executeJob(notify.getId());

        java.util.List<org.camunda.bpm.engine.task.Task> tasks = filterService.list(filter.getId());

        assertThat(tasks).extracting(t -> runtimeService.createProcessInstanceQuery()
                .processInstanceId(t.getProcessInstanceId()).singleResult().getBusinessKey())
                .contains(level1).doesNotContain(level3);
    }

    @Test
    void tasklistAndTheApiDescriptionAreServed() {
        assertThat(http.getForEntity("/camunda/app/tasklist/default/", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/v3/api-docs", String.class).getBody()).contains("/api/complaints");
        assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theEngineRestApiAnswersALoggedInUser() {
        assertThat(http.withBasicAuth("frontline", "demo").getForEntity("/engine-rest/task/count", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
