package com.casedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.ClockPause;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.actions.ComplaintActions;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.support.Complaints;
import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.WebappLogin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 17, task list cards: what a case worker's Tasklist filters show on each card, read the way
 * Tasklist reads it (POST filter/{id}/list, HAL, {@code _embedded.variable}) on both REST paths, as a
 * real candidate with authorization on.
 */
@PostgresTest
class TaskCardsTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String ENGINE = "/camunda/api/engine/engine/default";
    static final String TASKLIST_BODY = """
            {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],
             "sorting":[{"sortBy":"created","sortOrder":"desc"}],"active":true}""";

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired ComplaintIntake intake;
    @Autowired com.casedesk.whistleblowing.ReportIntake reportIntake;
    @Autowired ComplaintActions actions;
    @Autowired ComplaintRepository complaints;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FilterService filterService;
    @Autowired IdentityService identityService;
    @Autowired TaskHiding hiding;
    @Autowired EngineDriver driver;
    @Autowired TasklistFilters filters;
    @Autowired ExpressionPolicy policy;

    @BeforeEach
    void aFridayMorningInShanghai() {
        // Friday 4 December 2026, 10:00: the next working days are Monday 7 and Tuesday 8
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 4, 10, 0, 0, 0, SHANGHAI).toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theCandidateSeesCaseNumberLevelCategoryAndReplyDateOnTheCardOnBothPathsAndNotTheCasesVariables() throws Exception {
        ProcessInstance pi = register();
        Task task = driver.task(pi, Elements.FRONTLINE_RESOLVE);
        Complaint complaint = complaints.getByCaseNumber(pi.getBusinessKey());

        for (String filter : List.of(TasklistFilters.GROUP_TASKS, TasklistFilters.MY_TASKS)) {
            if (filter.equals(TasklistFilters.MY_TASKS)) {
                taskService.claim(task.getId(), "frontline");
            }
            for (Map<String, Map<String, Object>> cards : List.of(restCards("frontline", filter), webappCards("frontline", filter))) {
                assertThat(cards).as(filter).containsKey(task.getId());
                assertThat(cards.get(task.getId())).as(filter)
                        .containsEntry("card_caseNumber", pi.getBusinessKey())
                        .containsEntry("card_level", "三级")
                        .containsEntry("card_category", complaint.getCategory().label())
                        .containsEntry("card_replyDue", day(complaint.getReplyDueBy()))
                        .doesNotContainKey("caseNumber");
            }
        }
        // why the cards were empty: the candidate reads the variables of their task, not the instance's
        driver.as("frontline", () -> {
            assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(pi.getId())
                    .variableName(ComplaintProcess.Vars.CASE_NUMBER.name()).count()).isZero();
            assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(pi.getId())
                    .variableName(TaskCard.Vars.CASE_NUMBER.name()).count()).isOne();
        });
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getPriority()).isEqualTo(70);
    }

    @Test
    void aPausedAndResumedClockAndARegradeChangeTheCardsOfTheOpenTasks() throws Exception {
        ProcessInstance pi = register();
        Task task = driver.task(pi, Elements.FRONTLINE_RESOLVE);
        String before = day(complaints.getByCaseNumber(pi.getBusinessKey()).getReplyDueBy());

        actions.pause(pi.getBusinessKey(), ClockPause.Kind.MEDIATION, "双方同意调解");
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 9, 10, 0, 0, 0, SHANGHAI).toInstant()));
        actions.resume(pi.getBusinessKey());

        String after = day(complaints.getByCaseNumber(pi.getBusinessKey()).getReplyDueBy());
        assertThat(after).isNotEqualTo(before);
        assertThat(restCards("frontline", TasklistFilters.GROUP_TASKS).get(task.getId())).containsEntry("card_replyDue", after);

        actions.regrade(pi.getBusinessKey(), 2, "客户情绪激动，多次来电");

        Task handOver = driver.task(pi, Elements.HAND_OVER);
        Map<String, Object> card = webappCards("frontline", TasklistFilters.GROUP_TASKS).get(handOver.getId());
        assertThat(card).containsEntry("card_level", "二级")
                .containsEntry("card_replyDue", day(complaints.getByCaseNumber(pi.getBusinessKey()).getReplyDueBy()));
        assertThat(taskService.createTaskQuery().taskId(handOver.getId()).singleResult().getPriority()).isEqualTo(80);
        assertThat(restCards("frontline", TasklistFilters.GROUP_TASKS)).doesNotContainKey(task.getId());
        // the supervisors follow every Level 2 case; the front line has no such filter
        assertThat(restCards("supervisor", TasklistFilters.LEVEL_2).get(handOver.getId())).containsEntry("card_level", "二级");
        driver.as("supervisor", () -> assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(pi.getId())
                .variableName(ComplaintProcess.Vars.CASE_NUMBER.name()).count()).as("no instance variable through the card").isZero());
        assertThat(http.withBasicAuth("frontline", "demo").exchange("/engine-rest/filter/" + filterId(TasklistFilters.LEVEL_2)
                + "/list", HttpMethod.POST, new HttpEntity<>("{}", jsonHeaders()), String.class).getStatusCode().is2xxSuccessful())
                .isFalse();
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    @Test
    void aRecusedColleagueAndAnotherGroupSeeNeitherTheTaskNorItsCard() throws Exception {
        ProcessInstance pi = register();
        Task task = driver.task(pi, Elements.FRONTLINE_RESOLVE);
        hiding.hide(task.getId(), List.of("frontline2"));

        for (String user : List.of("frontline2", "claims", "wb-intake")) {
            for (String filter : List.of(TasklistFilters.GROUP_TASKS, TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE)) {
                assertThat(restCards(user, filter)).as(user + " " + filter).doesNotContainKey(task.getId());
                assertThat(webappCards(user, filter)).as(user + " " + filter).doesNotContainKey(task.getId());
            }
            driver.as(user, () -> assertThat(runtimeService.createVariableInstanceQuery().taskIdIn(task.getId()).count())
                    .as(user).isZero());
        }
        assertThat(restCards("frontline", TasklistFilters.GROUP_TASKS)).containsKey(task.getId());
    }

    @Test
    void dueSoonListsTasksDueWithinTwoWorkingDaysAndNeitherLaterNorOverdueOnes() throws Exception {
        Task monday = dueAt(ZonedDateTime.of(2026, 12, 7, 17, 0, 0, 0, SHANGHAI));       // 1 working day
        Task tuesday = dueAt(ZonedDateTime.of(2026, 12, 8, 17, 0, 0, 0, SHANGHAI));      // 2 working days
        Task nextFriday = dueAt(ZonedDateTime.of(2026, 12, 11, 17, 0, 0, 0, SHANGHAI));  // 5 working days
        Task overdue = dueAt(ZonedDateTime.of(2026, 12, 3, 17, 0, 0, 0, SHANGHAI));

        for (Map<String, Map<String, Object>> cards : List.of(restCards("frontline", TasklistFilters.DUE_SOON),
                webappCards("frontline", TasklistFilters.DUE_SOON))) {
            assertThat(cards).containsKeys(monday.getId(), tuesday.getId())
                    .doesNotContainKeys(nextFriday.getId(), overdue.getId());
        }
        assertThat(restCards("frontline", TasklistFilters.OVERDUE)).containsKey(overdue.getId())
                .doesNotContainKeys(monday.getId(), nextFriday.getId());
    }

    @Test
    void theListIsSortedByDueDateThenLevelEvenWithTasklistsOwnSorting() throws Exception {
        ZonedDateTime due = ZonedDateTime.of(2026, 12, 7, 12, 0, 0, 0, SHANGHAI);
        Task later = dueAt(due.plusHours(1));
        Task level3 = dueAt(due);
        Task level1 = dueAt(due);
        taskService.setPriority(level1.getId(), TaskCard.priorityOf(1));

        List<String> order = new ArrayList<>(restCards("frontline", TasklistFilters.DUE_SOON).keySet());
        order.retainAll(List.of(later.getId(), level3.getId(), level1.getId()));
        assertThat(order).containsExactly(level1.getId(), level3.getId(), later.getId());
    }

    @Test
    void theWorkingDayBoundIsAQueryFunctionWithinLimitsAndNothingForModels() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        for (int days : List.of(0, 61, 100_000_000, -1)) {
            // a filter of one's own, as anyone may make in Tasklist
            Filter probe = filterService.newTaskFilter("probe").setOwner("frontline").setQuery(taskService.createTaskQuery()
                    .dueBeforeExpression("${workingDaysFromNow(" + days + ")}"));
            filterService.saveFilter(probe);
            try {
                ResponseEntity<String> answer = http.withBasicAuth("frontline", "demo").exchange("/engine-rest/filter/"
                        + probe.getId() + "/count", HttpMethod.GET, new HttpEntity<>(headers), String.class);
                assertThat(answer.getStatusCode().value()).as(days + ": " + answer.getBody()).isEqualTo(400);
                assertThat(answer.getBody()).contains(ExpressionPolicy.REFUSED);
            } finally {
                filterService.deleteFilter(probe.getId());
            }
        }
        assertThat(policy.problems("${workingDaysFromNow(2)}")).as("not for models").isNotEmpty();
        assertThat(policy.queryProblems("${workingDaysFromNow(2)}")).isEmpty();
        assertThat(QueryCalendar.workingDaysFromNow(1))
                .isEqualTo(Date.from(ZonedDateTime.of(2026, 12, 7, 23, 59, 59, 0, SHANGHAI).toInstant()));
    }

    @Test
    void aFilterAsTheFirstReleaseMadeItIsUpgradedAndOneAnAdministratorChangedIsLeftAlone() {
        Filter filter = filterService.createFilterQuery().filterName(TasklistFilters.GROUP_TASKS).singleResult();
        var query = filter.getQuery();
        Map<String, Object> properties = filter.getProperties();
        try {
            Map<String, Object> first = new LinkedHashMap<>(Map.of("description", "我所在组的待办，按到期时间排序 (my groups, by due date)",
                    "priority", -5, "color", "#10b981", "refresh", true, "variables", List.of(
                            Map.of("name", "caseNumber", "label", "案件编号"), Map.of("name", "level", "label", "等级"))));
            filterService.saveFilter(filter.setQuery(firstReleaseGroupQuery()).setProperties(first));
            filters.afterPropertiesSet();
            Filter upgraded = filterService.getFilter(filter.getId());
            assertThat(upgraded.getProperties()).containsEntry(TasklistFilters.VERSION_PROPERTY, TasklistFilters.VERSION);
            assertThat(upgraded.getProperties().get("variables").toString())
                    .contains("card_caseNumber", "card_level", "card_category", "card_replyDue", "答复期限");
            assertThat(((org.camunda.bpm.engine.impl.TaskQueryImpl) upgraded.getQuery()).getOrderingProperties())
                    .hasSize(2);

            first.put("description", "管理员改过的说明");
            filterService.saveFilter(upgraded.setQuery(firstReleaseGroupQuery()).setProperties(first));
            filters.afterPropertiesSet();
            assertThat(filterService.getFilter(filter.getId()).getProperties()).isEqualTo(first);
        } finally {
            Filter restore = filterService.getFilter(filter.getId());
            filterService.saveFilter(restore.setQuery(query).setProperties(properties));
        }
    }

    private org.camunda.bpm.engine.task.TaskQuery firstReleaseGroupQuery() {
        return taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks().orderByDueDate().asc();
    }

    @Test
    void aWhistleblowingCardShowsTheReportNumberAndTheTaskDateOnlyAndOnlyToItsGroup() throws Exception {
        var submission = json.convertValue(Map.of("anonymous", true,
                "reportedParty", Map.of("name", "某客户经理", "unit", "某分行营业部"),
                "description", "客户经理私下收取客户费用。", "occurredAt", "2026-09-01", "location", "北京"),
                com.casedesk.whistleblowing.ReportSubmission.class);
        String number = reportIntake.register(submission).reportNumber();
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
        Task assess = driver.task(pi, com.casedesk.whistleblowing.WbProcess.Elements.ASSESS);

        Map<String, Object> card = restCards("wb-intake", TasklistFilters.GROUP_TASKS).get(assess.getId());
        assertThat(card).containsEntry("card_caseNumber", number)
                .containsEntry("card_replyDue", assess.getDueDate() == null ? null : day(assess.getDueDate().toInstant()));
        assertThat(card.get("card_level")).isNull();
        assertThat(card.get("card_category")).isNull();
        assertThat(taskService.getVariablesLocal(assess.getId()).values()).noneMatch(v -> String.valueOf(v).contains("某")
                || String.valueOf(v).contains("举报人"));
        assertThat(restCards("frontline", TasklistFilters.GROUP_TASKS)).doesNotContainKey(assess.getId());
        assertThat(restCards("supervisor", TasklistFilters.GROUP_TASKS)).doesNotContainKey(assess.getId());
    }

    // ---- helpers -------------------------------------------------------------------------------

    private ProcessInstance register() {
        String caseNumber = intake.register(Complaints.ordinary(), null, "test", "supervisor").receipt().caseNumber();
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(ComplaintProcess.KEY).singleResult();
    }

    private Task dueAt(ZonedDateTime due) {
        Task task = driver.task(register(), Elements.FRONTLINE_RESOLVE);
        task.setDueDate(Date.from(due.toInstant()));
        taskService.saveTask(task);
        return task;
    }

    private static String day(java.time.Instant instant) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(SHANGHAI));
    }

    private String filterId(String name) {
        return filterService.createFilterQuery().filterName(name).singleResult().getId();
    }

    /** The cards of a filter's list as engine REST answers it (basic auth), in list order: task id → variables. */
    Map<String, Map<String, Object>> restCards(String user, String filter) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
        ResponseEntity<String> answer = http.withBasicAuth(user, "demo").exchange(java.net.URI.create(http.getRootUri()
                        + "/engine-rest/filter/" + filterId(filter) + "/list?firstResult=0&maxResults=1000"),
                HttpMethod.POST, new HttpEntity<>(TASKLIST_BODY, headers), String.class);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
        return cards(answer.getBody());
    }

    /** The same through the webapp's engine API in a Tasklist session, as Tasklist itself asks for it. */
    Map<String, Map<String, Object>> webappCards(String user, String filter) throws Exception {
        WebappLogin.Session login = WebappLogin.as(http, user, "tasklist");
        ResponseEntity<String> first = http.exchange(java.net.URI.create(http.getRootUri() + ENGINE + "/filter/count"),
                HttpMethod.GET, new HttpEntity<>(login.headers()), String.class);
        HttpHeaders headers = login.headers();
        headers.set("X-XSRF-TOKEN", first.getHeaders().getFirst("X-XSRF-TOKEN"));
        headers.setOrigin(http.getRootUri());
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
        ResponseEntity<String> answer = http.exchange(java.net.URI.create(http.getRootUri() + ENGINE + "/filter/"
                + filterId(filter) + "/list?firstResult=0&maxResults=1000"), HttpMethod.POST,
                new HttpEntity<>(TASKLIST_BODY, headers), String.class);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
        return cards(answer.getBody());
    }

    private Map<String, Map<String, Object>> cards(String body) throws Exception {
        Map<String, Map<String, Object>> cards = new LinkedHashMap<>();
        JsonNode tasks = json.readTree(body).path("_embedded").path("task");
        for (JsonNode task : tasks) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (JsonNode variable : task.path("_embedded").path("variable")) {
                values.put(variable.path("name").asText(), variable.path("value").isNull() ? null
                        : variable.path("value").asText());
            }
            cards.put(task.path("id").asText(), values);
        }
        return cards;
    }
}
