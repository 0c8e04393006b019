package com.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.process.ExpressionPolicy;
import com.casedesk.process.ExpressionRefusedException;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.WebappLogin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.Variables;
import org.joda.time.DateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 §1: a logged-in staff member must not reach any Spring bean (or the engine, or the JVM)
 * through an expression — not in an ad-hoc task query at any nesting, not in a stored filter, not in a
 * model or a decision table. Played as {@code frontline} over both REST paths (/engine-rest with basic
 * auth, Tasklist's /camunda/api/engine), with expressions that would leave a trace if they ran: a
 * membership in camunda-admin, a table.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpressionInjectionTest {

    static final String GRANT_ADMIN = "${identityService.createMembership('frontline','camunda-admin')}";
    static final String CREATE_TABLE = "${jdbcTemplate.execute('create table pwned_by_expression (x int)')}";
    static final List<String> ATTACKS = List.of(GRANT_ADMIN, CREATE_TABLE, "${runtimeService}", "${noSuchBean}",
            "${''.getClass().forName('java.lang.Runtime')}", "${now().class}", "${dateTime().toDate().getClass()}",
            "${execution}", "${S('{}')}", "${JSON('{}')}", "${'unterminated}");
    static final String ENGINE = "/camunda/api/engine/engine/default";

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired ComplaintIntake intake;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FilterService filterService;
    @Autowired IdentityService identityService;
    @Autowired AuthorizationService authorizationService;
    @Autowired ProcessEngineConfiguration engineConfiguration;
    @Autowired ExpressionPolicy policy;
    @Autowired JdbcTemplate jdbc;

    String caseNumber;
    ProcessInstance complaint;
    final List<String> filtersCreated = new ArrayList<>();

    @BeforeAll
    void aCaseForTheFrontLine() {
        caseNumber = intake.register(Complaints.ordinary(), null, "test", "supervisor").receipt().caseNumber();
        complaint = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(ComplaintProcess.KEY).singleResult();
    }

    @AfterEach
    void removeFilters() {
        filtersCreated.forEach(filterService::deleteFilter);
        filtersCreated.clear();
    }

    // ---- ad-hoc queries ---------------------------------------------------------------------------

    @Test
    void anOrQueryExpressionIsRefusedOnEngineRestForListAndCountAndNothingRuns() {
        for (String attack : ATTACKS) {
            for (String field : List.of("dueAfterExpression", "assigneeExpression", "candidateGroupExpression",
                    "followUpBeforeExpression", "processInstanceBusinessKeyExpression")) {
                String body = orQuery(field, attack);
                for (String path : List.of("/engine-rest/task", "/engine-rest/task/count",
                        "/engine-rest/task?firstResult=0&maxResults=10")) {
                    assertRefused(restPost("frontline", path, body), attack + " in " + field + " " + path);
                }
            }
            // the or-query next to a harmless one, and with the same field outside as well
            assertRefused(restPost("frontline", "/engine-rest/task", """
                    {"taskAssignee": "frontline", "orQueries": [{"taskAssignee": "frontline"}, {"dueBeforeExpression": %s}]}"""
                    .formatted(quoted(attack))), attack);
        }
        assertNothingRan();
    }

    @Test
    void theOuterExpressionAndEveryGetVariantAreRefused() {
        for (String attack : ATTACKS) {
            assertRefused(restPost("frontline", "/engine-rest/task", "{\"dueAfterExpression\": " + quoted(attack) + "}"), attack);
            for (String path : List.of("/engine-rest/task?dueAfterExpression=", "/engine-rest/task/count?assigneeExpression=",
                    "/engine-rest/task?candidateGroupsExpression=")) {
                assertRefused(restGet("frontline", path + url(attack)), attack + " " + path);
            }
        }
        assertNothingRan();
    }

    @Test
    void tasklistsEngineApiRefusesTheSameQueries() {
        Tasklist session = tasklist("frontline");
        for (String attack : ATTACKS) {
            for (String path : List.of("/task", "/task/count")) {
                assertRefused(webappPost(session, ENGINE + path, orQuery("dueAfterExpression", attack)), attack + " " + path);
            }
            assertRefused(webappGet(session, ENGINE + "/task?dueAfterExpression=" + url(attack)), attack);
        }
        ResponseEntity<String> allowed = webappPost(session, ENGINE + "/task/count", orQuery("dueAfterExpression", "${now()}"));
        assertThat(allowed.getStatusCode()).as("the same request with an allowed expression: " + allowed.getBody())
                .isEqualTo(HttpStatus.OK);
        assertNothingRan();
    }

    @Test
    void refusalsDoNotTellWhetherABeanExists() {
        ResponseEntity<String> bean = restPost("frontline", "/engine-rest/task/count", orQuery("dueAfterExpression", "${runtimeService}"));
        ResponseEntity<String> none = restPost("frontline", "/engine-rest/task/count", orQuery("dueAfterExpression", "${noSuchBean}"));
        assertThat(bean.getStatusCode()).isEqualTo(none.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bean.getBody()).isEqualTo(none.getBody()).doesNotContain("runtimeService", "argument type mismatch");
    }

    @Test
    void processInstanceAndHistoryQueriesTakeNoExpressionAtAll() {
        // only task queries carry expressions in Camunda 7.24; other query types must not start evaluating one
        for (String path : List.of("/engine-rest/process-instance", "/engine-rest/history/task", "/engine-rest/history/process-instance")) {
            ResponseEntity<String> answer = restPost("frontline", path, "{\"dueAfterExpression\": " + quoted(GRANT_ADMIN)
                    + ", \"orQueries\": [{\"dueAfterExpression\": " + quoted(GRANT_ADMIN) + "}]}");
            assertThat(answer.getStatusCode().is5xxServerError()).as(path + ": " + answer.getBody()).isFalse();
        }
        assertNothingRan();
    }

    @Test
    void allowedQueryFunctionsStillWork() throws Exception {
        for (String allowed : List.of("${now()}", "${dateTime().minusDays(30)}", "${dateTime().plusWeeks(1).toDate()}")) {
            ResponseEntity<String> answer = restPost("frontline", "/engine-rest/task/count", orQuery("dueAfterExpression", allowed));
            assertThat(answer.getStatusCode()).as(allowed + ": " + answer.getBody()).isEqualTo(HttpStatus.OK);
        }
        ResponseEntity<String> mine = restPost("frontline", "/engine-rest/task/count",
                orQuery("candidateGroupsExpression", "${currentUserGroups()}"));
        assertThat(mine.getStatusCode()).as(mine.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(mine.getBody()).get("count").asLong()).isPositive();
    }

    // ---- stored filters -------------------------------------------------------------------------

    @Test
    void aStoredFilterWithAnExpressionIsRefusedForListCountAndSingleResultOnBothPaths() {
        Tasklist session = tasklist("frontline");
        for (String attack : ATTACKS) {
            for (TaskQuery query : List.of(taskService.createTaskQuery().taskAssigneeExpression(attack),
                    taskService.createTaskQuery().taskCandidateGroup("frontline").or().dueAfterExpression(attack).endOr())) {
                String id = filterOfFrontline(query);
                for (String suffix : List.of("/list", "/count", "/singleResult", "/list?firstResult=0&maxResults=15")) {
                    assertRefused(restGet("frontline", "/engine-rest/filter/" + id + suffix), attack + " GET " + suffix);
                    assertRefused(restPost("frontline", "/engine-rest/filter/" + id + suffix, "{}"), attack + " POST " + suffix);
                    assertRefused(webappGet(session, ENGINE + "/filter/" + id + suffix), attack + " webapp GET " + suffix);
                    assertRefused(webappPost(session, ENGINE + "/filter/" + id + suffix, "{}"), attack + " webapp POST " + suffix);
                }
            }
        }
        assertNothingRan();
    }

    @Test
    void theServicesOwnFilterCannotBeExtendedWithAnExpression() {
        String groupTasks = filterId("本组待办");
        for (String attack : ATTACKS) {
            assertRefused(restPost("frontline", "/engine-rest/filter/" + groupTasks + "/list", orQuery("dueAfterExpression", attack)), attack);
            assertRefused(restPost("frontline", "/engine-rest/filter/" + groupTasks + "/count",
                    "{\"dueAfterExpression\": " + quoted(attack) + "}"), attack);
        }
        assertNothingRan();
    }

    @Test
    void frontLineStaffCannotStoreAFilterAtAll() {
        long before = filterService.createFilterQuery().count();
        ResponseEntity<String> created = restPost("frontline", "/engine-rest/filter/create", """
                {"resourceType": "Task", "name": "mine", "query": {"assigneeExpression": %s}}""".formatted(quoted(GRANT_ADMIN)));
        assertThat(created.getStatusCode().is4xxClientError()).as(created.getBody()).isTrue();
        assertThat(filterService.createFilterQuery().count()).isEqualTo(before);
        assertNothingRan();
    }

    @Test
    void theServicesOwnFiltersStillWorkForTheirUsers() throws Exception {
        for (String name : List.of("我的任务", "本组待办", "已逾期")) {
            String id = filterId(name);
            for (String suffix : List.of("/list", "/count")) {
                ResponseEntity<String> answer = restGet("frontline", "/engine-rest/filter/" + id + suffix);
                assertThat(answer.getStatusCode()).as(name + suffix + ": " + answer.getBody()).isEqualTo(HttpStatus.OK);
            }
        }
        JsonNode groupTasks = json.readTree(restGet("frontline", "/engine-rest/filter/" + filterId("本组待办") + "/list").getBody());
        assertThat(groupTasks).extracting(t -> t.get("processInstanceId").asText()).contains(complaint.getId());
        String mine = taskService.createTaskQuery().processInstanceId(complaint.getId()).singleResult().getId();
        taskService.claim(mine, "frontline");
        try {
            JsonNode myTasks = json.readTree(restGet("frontline", "/engine-rest/filter/" + filterId("我的任务") + "/list").getBody());
            assertThat(myTasks).extracting(t -> t.get("id").asText()).contains(mine);
            Tasklist session = tasklist("frontline");
            ResponseEntity<String> viaTasklist = webappPost(session, ENGINE + "/filter/" + filterId("我的任务") + "/list", "{}");
            assertThat(viaTasklist.getStatusCode()).as(viaTasklist.getBody()).isEqualTo(HttpStatus.OK);
            assertThat(json.readTree(viaTasklist.getBody())).extracting(t -> t.get("id").asText()).contains(mine);
        } finally {
            taskService.setAssignee(mine, null);
        }
    }

    // ---- models and decision tables -------------------------------------------------------------

    @Test
    void theEngineAndTheDecisionEngineUseTheGuard() {
        ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) engineConfiguration;
        assertThat(engine.getExpressionManager().getClass().getSimpleName()).isEqualTo("GuardedExpressionManager");
        assertThat(engine.getDmnEngineConfiguration().getElProvider()).isSameAs(engine.getDmnElProvider());
    }

    @Test
    void modelExpressionsReachVariablesModelFacingBeansAndDateFunctions() {
        Date replyDueBy = (Date) runtimeService.getVariable(complaint.getId(), "replyDueBy");
        assertThat(evaluate("${replyDueBy}")).isEqualTo(replyDueBy);
        assertThat(evaluate("${level == 3}")).isEqualTo(true);
        assertThat(evaluate("${complaintClock.reminderDue(replyDueBy)}")).isInstanceOf(Date.class);
        assertThat(evaluate("${complaintPolicy.needsCompensationApproval(1)}")).isInstanceOf(Boolean.class);
        assertThat(evaluate("${now()}")).isInstanceOf(Date.class);
        assertThat(evaluate("${dateTime().plusDays(3).toDate()}")).isInstanceOf(Date.class);
        assertThat(evaluate("${dateTime().minusHours(1)}")).isInstanceOf(DateTime.class);
    }

    @Test
    void modelExpressionsReachNothingElseAndRunNothing() {
        for (String attack : List.of(GRANT_ADMIN, CREATE_TABLE, "${identityService}", "${runtimeService}",
                "${execution.getProcessEngineServices()}", "${execution.processEngineServices}", "${execution}",
                "${task}", "${authenticatedUserId}", "${''.getClass()}", "${''.class}",
                "${''.getClass().forName('java.lang.Runtime').getRuntime()}", "${replyDueBy.getClass()}",
                "${replyDueBy.time}", "${complaintClock.getClass()}", "${complaintClock.class}",
                "${complaintClock.reminderDue(replyDueBy).getClass()}", "${currentUser()}",
                "${complaintClock['reminderDue'](replyDueBy)}")) {
            assertThatThrownBy(() -> evaluate(attack)).as(attack).isInstanceOf(ExpressionRefusedException.class)
                    .hasMessage(ExpressionPolicy.REFUSED);
        }
        // a name that is neither a variable nor a model-facing bean: an unset variable, as before
        assertThatThrownBy(() -> evaluate("${noSuchVariable}")).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Unknown property");
        assertNothingRan();
    }

    @Test
    void juelInADecisionTableGoesThroughTheSameGuard() {
        assertThat(decide("${amount}")).isEqualTo("small");
        for (String attack : List.of(GRANT_ADMIN, CREATE_TABLE, "${''.getClass().forName('java.lang.Runtime')}")) {
            assertThatThrownBy(() -> decide(attack)).as(attack)
                    .satisfies(e -> assertThat(causes(e)).hasAtLeastOneElementOfType(ExpressionRefusedException.class));
        }
        assertNothingRan();
    }

    /** A decision table parsed and evaluated by the engine's DMN engine, in memory: nothing is deployed. */
    private Object decide(String inputExpression) {
        ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) engineConfiguration;
        return engine.getCommandExecutorTxRequired().execute(context -> {
            DmnDecision decision = engine.getDmnEngine().parseDecision("d", decision(inputExpression));
            return engine.getDmnEngine().evaluateDecisionTable(decision, Variables.createVariables().putValue("amount", 5))
                    .getSingleResult().getSingleEntry();
        });
    }

    @Test
    void everyExpressionOfTheServicesModelsPassesTheStaticCheck() throws IOException {
        Pattern expression = Pattern.compile("[$#]\\{[^}]*}");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("processes")), Files.walk(Path.of("forms")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = expression.matcher(Files.readString(file));
                while (m.find()) {
                    String text = m.group().replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                            .replace("&quot;", "\"").replace("&apos;", "'");
                    found.add(text);
                    assertThat(policy.problems(text)).as(file + ": " + text).isEmpty();
                }
            }
        }
        assertThat(found).hasSizeGreaterThan(100);
        for (String filterExpression : List.of("${currentUser()}", "${currentUserGroups()}", "${now()}")) {
            assertThat(policy.queryProblems(filterExpression)).as(filterExpression).isEmpty();
        }
    }

    @Test
    void theStaticCheckNamesWhatIsWrong() {
        assertThat(policy.problems("${identityService.createMembership('a','b')}")).anyMatch(p -> p.contains("identityService"));
        assertThat(policy.problems("${execution.getProcessEngineServices()}")).anyMatch(p -> p.contains("execution"));
        assertThat(policy.problems("${''.getClass()}")).anyMatch(p -> p.contains("getClass"));
        assertThat(policy.problems("${''.class}")).anyMatch(p -> p.contains("property access"));
        assertThat(policy.problems("${S('{}')}")).anyMatch(p -> p.contains("function 'S()'"));
        assertThat(policy.problems("${wbClock.assessmentDue(receivedAt)}")).isEmpty();
        assertThat(policy.problems("${wbClock.getClass()}")).isNotEmpty();
        assertThat(policy.queryProblems("${runtimeService}")).isNotEmpty();
        assertThat(policy.queryProblems("${dateTime().plusDays(1).toDate()}")).isEmpty();
        assertThat(policy.modelFacingBeans()).contains("wbClock", "complaintClock", "wbAssessmentDueListener")
                .doesNotContain("identityService", "jdbcTemplate", "runtimeService");
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Object evaluate(String text) {
        ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) engineConfiguration;
        ExpressionManager expressions = engine.getExpressionManager();
        return engine.getCommandExecutorTxRequired().execute(context -> {
            ExecutionEntity execution = context.getExecutionManager().findExecutionById(complaint.getId());
            return expressions.createExpression(text).getValue(execution);
        });
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    private static java.io.InputStream decision(String inputExpression) {
        return new java.io.ByteArrayInputStream("""
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="defs" name="d" namespace="http://casedesk.example">
                  <decision id="d" name="d" camunda:historyTimeToLive="P1D">
                    <decisionTable id="t">
                      <input id="i"><inputExpression id="ie" typeRef="integer" expressionLanguage="juel"><text>%s</text></inputExpression></input>
                      <output id="o" name="size" typeRef="string" />
                      <rule id="r"><inputEntry id="e"><text>&lt; 10</text></inputEntry><outputEntry id="oe"><text>"small"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>""".formatted(inputExpression.replace("&", "&amp;").replace("<", "&lt;"))
                .getBytes(StandardCharsets.UTF_8));
    }

    private String filterOfFrontline(TaskQuery query) {
        Filter filter = filterService.newTaskFilter("probe").setOwner("frontline").setQuery(query);
        filterService.saveFilter(filter);
        filtersCreated.add(filter.getId());
        // the engine grants the owner of a filter every permission on it, as for a filter made in Tasklist
        assertThat(authorizationService.isUserAuthorized("frontline", List.of(), Permissions.READ, Resources.FILTER,
                filter.getId())).isTrue();
        return filter.getId();
    }

    private String filterId(String name) {
        return filterService.createFilterQuery().filterName(name).singleResult().getId();
    }

    /** Refused by the guard (or, for the outermost query, by Camunda's ad-hoc check): 400, and a body that names nothing. */
    private void assertRefused(ResponseEntity<String> answer, String what) {
        assertThat(answer.getStatusCode()).as(what + " → " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        String message;
        try {
            message = json.readTree(answer.getBody()).get("message").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(message).as(what).satisfiesAnyOf(
                m -> assertThat(m).isEqualTo(ExpressionPolicy.REFUSED),
                m -> assertThat(m).startsWith("Expressions are forbidden in adhoc queries"));
    }

    private void assertNothingRan() {
        assertThat(identityService.createGroupQuery().groupMember("frontline").groupId("camunda-admin").count())
                .as("frontline became an administrator").isZero();
        assertThat(jdbc.queryForObject("select to_regclass('pwned_by_expression') is not null", Boolean.class))
                .as("a table was created").isFalse();
    }

    private static String orQuery(String field, String expression) {
        return "{\"orQueries\": [{\"" + field + "\": " + quoted(expression) + "}]}";
    }

    private static String quoted(String text) {
        try {
            return new ObjectMapper().writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String url(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private ResponseEntity<String> restGet(String user, String path) {
        return http.withBasicAuth(user, "demo").exchange(java.net.URI.create(http.getRootUri() + path), HttpMethod.GET,
                HttpEntity.EMPTY, String.class);
    }

    private ResponseEntity<String> restPost(String user, String path, String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(java.net.URI.create(http.getRootUri() + path), HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
    }

    /** A Tasklist session: the login, and the CSRF token the session's first request hands out after it. */
    record Tasklist(WebappLogin.Session login, String csrfToken) {
    }

    private Tasklist tasklist(String user) {
        WebappLogin.Session login = WebappLogin.as(http, user, "tasklist");
        ResponseEntity<String> first = http.exchange(java.net.URI.create(http.getRootUri() + ENGINE + "/filter/count"),
                HttpMethod.GET, new HttpEntity<>(login.headers()), String.class);
        String token = first.getHeaders().getFirst("X-XSRF-TOKEN");
        assertThat(token).as("CSRF token after login").isNotBlank();
        return new Tasklist(login, token);
    }

    private ResponseEntity<String> webappGet(Tasklist session, String path) {
        return http.exchange(java.net.URI.create(http.getRootUri() + path), HttpMethod.GET,
                new HttpEntity<>(session.login().headers()), String.class);
    }

    /** Tasklist's own way: the session's CSRF token in a header, and the Origin a browser sends. */
    private ResponseEntity<String> webappPost(Tasklist session, String path, String body) {
        HttpHeaders headers = session.login().headers();
        headers.set("X-XSRF-TOKEN", session.csrfToken());
        headers.setOrigin(http.getRootUri());
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(java.net.URI.create(http.getRootUri() + path), HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);
    }
}
