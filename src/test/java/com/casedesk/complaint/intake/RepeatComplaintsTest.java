package com.casedesk.complaint.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.LevelPolicy;
import com.casedesk.complaint.intake.RepeatReviewProcess.Vars;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15 §5, on PostgreSQL over the intake API: a repeat's new material is compared with the case's latest
 * facts, a person of the handling group judges it before the clock restarts, and a more severe merge
 * regrades the case up, never down. The model's own coverage: {@link RepeatReviewProcessTest}.
 */
@PostgresTest
class RepeatComplaintsTest {

    private static final String NEW_MATERIAL = "至今未获答复；11月20日又被告知材料遗失。";

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired LevelPolicy levels;
    @Autowired ObjectMapper json;

    @Test
    void theSameNewTextSentTwiceRestartsTheClockOnceAndOnlyAfterTheHandlingGroupJudgedItNew() throws Exception {
        String id = Complaints.newIdNumber();
        String openCase = submit(Complaints.exampleJson("ONLINE", id));
        Instant clockBefore = clockStartedAt(openCase);

        String firstRepeat = submit(withNewMaterial(id));
        // the clock waits for a person's judgement
        assertThat(clockStartedAt(openCase)).isEqualTo(clockBefore);
        assertThat(events(openCase)).contains("REPEAT_REVIEW_REQUESTED").doesNotContain("CLOCK_RESTARTED");
        Task judge = reviewTask(openCase);
        assertThat(taskService.getIdentityLinksForTask(judge.getId())).extracting(IdentityLink::getGroupId)
                .contains(levels.forLevel(2).handlingGroup());

        // the same new material again, while the judgement is pending and after it: nothing new
        submit(withNewMaterial(id));
        assertThat(reviewTasks(openCase)).hasSize(1);
        complete(judge, "frontline", true, "新增材料遗失的事实");
        submit(withNewMaterial(id));

        assertThat(reviewTasks(openCase)).isEmpty();
        assertThat(events(openCase).stream().filter("CLOCK_RESTARTED"::equals)).hasSize(1);
        assertThat(clockStartedAt(openCase)).isEqualTo(receivedAt(firstRepeat));
        assertThat(jdbc.queryForObject("select actor from case_event where case_number = ? and event_type = 'REPEAT_JUDGED'",
                String.class, firstRepeat)).isEqualTo("frontline");
        assertThat(jdbc.queryForObject("select detail from case_event where case_number = ? and event_type = 'REPEAT_JUDGED'",
                String.class, openCase)).contains(firstRepeat).contains("含新事实或理由").contains("新增材料遗失的事实");
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(RepeatReviewProcess.KEY)
                .processInstanceBusinessKey(openCase).finished().count()).isOne();
    }

    @Test
    void judgedNotNewTheClockStaysAndWhoJudgedIsRecorded() throws Exception {
        String id = Complaints.newIdNumber();
        String openCase = submit(Complaints.exampleJson("ONLINE", id));
        Instant clockBefore = clockStartedAt(openCase);
        String repeat = submit(withNewMaterial(id));

        complete(reviewTask(openCase), "frontline", false, "仅重述原有事实");

        assertThat(clockStartedAt(openCase)).isEqualTo(clockBefore);
        assertThat(events(openCase)).contains("REPEAT_JUDGED").doesNotContain("CLOCK_RESTARTED");
        assertThat(events(repeat)).contains("REPEAT_JUDGED");
    }

    @Test
    void aMergeWithTwentyFiveJointComplainantsRegradesUpAndNeverDown() throws Exception {
        String id = Complaints.newIdNumber();
        String openCase = submit(Complaints.exampleJson("ONLINE", id));
        assertThat(level(openCase)).isEqualTo(2);

        submit(Complaints.exampleJson("APP", id).replace("\"jointComplainants\": 1", "\"jointComplainants\": 25"));

        assertThat(level(openCase)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select detail from case_event where case_number = ? and event_type = 'REGRADED'",
                String.class, openCase)).contains("重复投诉")
                // the merged case's reason names every condition it now meets, as a fresh grade does
                .contains("并入后: 共同投诉人数≥20；情绪激动");
        // the same text: no new facts, nothing to judge
        assertThat(reviewTasks(openCase)).isEmpty();

        String severe = Complaints.newIdNumber();
        String majorCase = submit(Complaints.exampleJson("ONLINE", severe)
                .replace("\"jointComplainants\": 1", "\"jointComplainants\": 25"));
        submit(Complaints.exampleJson("APP", severe));
        assertThat(level(majorCase)).isEqualTo(1);
        assertThat(events(majorCase)).doesNotContain("REGRADED");
    }

    private void complete(Task task, String user, boolean newFacts, String reason) {
        taskService.claim(task.getId(), user);
        taskService.complete(task.getId(), Map.of(Vars.FACTS_NEW.name(), Boolean.toString(newFacts),
                Vars.JUDGEMENT_REASON.name(), reason));
    }

    private Task reviewTask(String caseNumber) {
        List<Task> tasks = reviewTasks(caseNumber);
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private List<Task> reviewTasks(String caseNumber) {
        return taskService.createTaskQuery().processDefinitionKey(RepeatReviewProcess.KEY)
                .processInstanceBusinessKey(caseNumber).taskDefinitionKey(RepeatReviewProcess.Elements.JUDGE).list();
    }

    private static String withNewMaterial(String idNumber) {
        return Complaints.exampleJson("APP", idNumber).replace("至今未获答复。", NEW_MATERIAL);
    }

    private String submit(String body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String answer = http.exchange("/api/complaints", HttpMethod.POST, new HttpEntity<>(body, headers), String.class)
                .getBody();
        return json.readTree(answer).get("caseNumber").asText();
    }

    private Instant clockStartedAt(String caseNumber) {
        return jdbc.queryForObject("select clock_started_at from complaint where case_number = ?", Timestamp.class,
                caseNumber).toInstant();
    }

    private Instant receivedAt(String caseNumber) {
        return jdbc.queryForObject("select received_at from complaint where case_number = ?", Timestamp.class,
                caseNumber).toInstant();
    }

    private Integer level(String caseNumber) {
        return jdbc.queryForObject("select level from complaint where case_number = ?", Integer.class, caseNumber);
    }

    private List<String> events(String caseNumber) {
        return jdbc.queryForList("select event_type from case_event where case_number = ? order by id", String.class,
                caseNumber);
    }
}
