package com.casedesk.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.support.Complaints;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The staffing fitted from cases worked at known engine times in March 2034 (a window no other test uses):
 * 25 complaints, their first-line tasks claimed at 10:00 and completed 10 to 34 minutes later, 20 callbacks
 * claimed at 14:00 and completed 5 to 24 minutes later, each with a known outcome. Every figure below is
 * worked out from those times and counts. Run on PostgreSQL ({@link StaffingFitTest}) and on the embedded H2
 * ({@link StaffingFitOnH2Test}): the same SQL must read both.
 */
abstract class StaffingFitContract {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Week 1 is Monday 2034-03-06 to Friday 03-10, week 2 Monday 03-13 to Friday 03-17. */
    private static final LocalDate WEEK_1 = LocalDate.of(2034, 3, 6);
    private static final LocalDate WEEK_2 = LocalDate.of(2034, 3, 13);
    private static final StaffingFit.Window WINDOW = new StaffingFit.Window(
            WEEK_1.atStartOfDay(SHANGHAI).toInstant(), WEEK_2.plusDays(5).atStartOfDay(SHANGHAI).toInstant());

    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired ComplaintIntake intake;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Value("${spring.datasource.url}") protected String url;
    @Value("${spring.datasource.username}") protected String user;
    @Value("${spring.datasource.password}") protected String password;

    @AfterEach
    void clockBack() {
        ClockUtil.reset();
    }

    @Test
    void fitsServiceTimesSharesAndHeadcountsFromTheCasesOfItsWindow(@TempDir Path out) throws Exception {
        workTheCases();
        Staffing base = Staffing.defaults();

        String withCredentials = url + (url.contains("?") ? "&" : "?") + "user=" + encode(user) + "&password=" + encode(password);
        StaffingFit.Fit fit = StaffingFit.fitAndWrite(FitSource.parse(withCredentials, Map.of()), base, out, SHANGHAI,
                WINDOW, WorkingMinutes.WEEKDAYS, "working days: Monday to Friday");
        Staffing fitted = fit.staffing();
        String notes = String.join("\n", fit.notes());

        // first line: 25 tasks of 10..34 working minutes; 5 settled and satisfied, 10 settled, 10 investigated
        assertThat(fitted.tasks().get("Task_FrontlineResolve").minutes()).isEqualTo(new Staffing.ServiceTime(22.0, 31.6));
        assertThat(fitted.tasks().get("Task_FrontlineResolve").outcomes()).extracting(Staffing.Outcome::name, Staffing.Outcome::p)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("resolved-satisfied", 0.2),
                        org.assertj.core.groups.Tuple.tuple("resolved", 0.4),
                        org.assertj.core.groups.Tuple.tuple("to-investigation", 0.4));
        // only probabilities change: the form values stay the base's
        assertThat(fitted.tasks().get("Task_FrontlineResolve").outcomes().get(0).variables())
                .isEqualTo(base.tasks().get("Task_FrontlineResolve").outcomes().get(0).variables());
        // callbacks: 20 of 5..24 minutes; 12 satisfied, 5 unsatisfied, 3 unreachable
        assertThat(fitted.tasks().get("Task_SatisfactionCallback").minutes()).isEqualTo(new Staffing.ServiceTime(14.5, 22.1));
        assertThat(fitted.tasks().get("Task_SatisfactionCallback").outcomes()).extracting(Staffing.Outcome::p)
                .containsExactly(0.6, 0.25, 0.15);
        // 10 decisions are too few: the base's time and shares stay, and the notes say so
        assertThat(fitted.tasks().get("Task_Decide")).isEqualTo(base.tasks().get("Task_Decide"));
        assertThat(notes).contains("tasks.Task_Decide.minutes: kept 45.0/120.0 (median/p90): 10 claimed and completed")
                .contains("tasks.Task_Decide.outcomes: kept the base's shares: 10 tasks matched an outcome");
        // investigations completed without a claim give no service time
        assertThat(fitted.tasks().get("Task_Investigate").minutes()).isEqualTo(base.tasks().get("Task_Investigate").minutes());
        assertThat(notes).contains("tasks.Task_Investigate.minutes: kept 120.0/480.0 (median/p90): 0 claimed and completed;"
                + " 10 completed without a recorded claim skipped");
        // the first-line group: two people in week 1, one in week 2: 1.5, rounded up
        assertThat(fitted.groups()).containsEntry("complaint-frontline", 2)
                .containsEntry("complaint-supervisor", base.groups().get("complaint-supervisor"));
        assertThat(notes).contains("groups.complaint-frontline: estimated 2 (people completing its tasks per week, average 1.5"
                + " over 2 weeks with work, 2 different people, 55 tasks");
        // no complainant asked for a review or withdrew
        assertThat(fitted.complainants().reviewRequested()).isZero();
        assertThat(fitted.complainants().withdrawn()).isZero();
        assertThat(fitted.complainants().reviewAfterDays()).isEqualTo(base.complainants().reviewAfterDays());
        assertThat(fit.notes().get(2)).isEqualTo("working days: Monday to Friday");
        assertThat(notes).contains("complainants.withdrawn: fitted 0.0 from 0 of 25 received complaints withdrawn");
        // the ledger's own record beside it, for comparison: it counts the five satisfied on the spot as satisfied
        // callbacks, which no callback task took, so its shares are not the callback task's
        assertThat(notes).contains("ledger, for comparison: complaint_round_callback.outcome {SATISFIED=17, UNREACHABLE=3, UNSATISFIED=5}",
                "ledger, for comparison: complaint.result/measure {NOT_UPHELD/EXPLANATION=10, UPHELD/-=15}",
                "ledger, for comparison: complaint_extension.status none");

        // written for --staffing, readable back as it was fitted; the password shows nowhere
        assertThat(Staffing.read(out.resolve(StaffingFit.STAFFING_FILE))).isEqualTo(fitted);
        String written = Files.readString(out.resolve(StaffingFit.NOTES_FILE));
        assertThat(written).isEqualTo(notes + "\n").doesNotContainIgnoringCase("password");
    }

    private void workTheCases() {
        clock(WEEK_1, 9, 0);
        List<ProcessInstance> cases = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            cases.add(register());
        }
        // first line: week 1 (Mon..Fri, three a day) by frontline and frontline2 in turn, week 2 by frontline
        for (int i = 0; i < 25; i++) {
            LocalDate day = i < 13 ? WEEK_1.plusDays(i / 3) : WEEK_2.plusDays((i - 13) / 4);
            String who = i < 13 && i % 2 == 1 ? "frontline2" : "frontline";
            Map<String, Object> values = new HashMap<>();
            if (i < 15) {
                values.putAll(Map.of("resolvedOnSpot", "true", "result", "UPHELD", "rootCause", "SERVICE_QUALITY",
                        "resolution", "当场解释说明", "satisfiedOnSpot", i < 5));
            } else {
                values.put("resolvedOnSpot", "false");
            }
            work(cases.get(i), Elements.FRONTLINE_RESOLVE, who, day, 10, 10 + i, values);
        }
        // the ten not settled: investigated (no claim recorded) and decided on Thursday of week 2
        for (int i = 15; i < 25; i++) {
            ProcessInstance pi = cases.get(i);
            clock(WEEK_2.plusDays(3), 9, 0);
            taskService.complete(task(pi, Elements.INVESTIGATE), Map.of("findings", "材料已核实",
                    "rootCause", "RULES_AND_PROCEDURES", "complex", false));
            work(pi, Elements.DECIDE, "frontline", WEEK_2.plusDays(3), 11, 5, Map.of("result", "NOT_UPHELD",
                    "measure", "EXPLANATION", "resolution", "解释说明合同约定"));
        }
        // callbacks of the 20 told of a decision, on Friday of week 2
        for (int j = 0; j < 20; j++) {
            ProcessInstance pi = cases.get(5 + j);
            clock(WEEK_2.plusDays(4), 13, 0);
            executeJob(pi, Elements.SEND_DECISION);
            String outcome = j < 12 ? "SATISFIED" : j < 17 ? "UNSATISFIED" : "UNREACHABLE";
            work(pi, Elements.CALLBACK, "frontline", WEEK_2.plusDays(4), 14, 5 + j,
                    Map.of("callbackOutcome", outcome, "callbackNote", "已回访"));
        }
    }

    /** Claims the task at {@code hour}:00 and completes it {@code minutes} later, as {@code user}. */
    private void work(ProcessInstance pi, String activity, String user, LocalDate day, int hour, int minutes,
                      Map<String, Object> values) {
        clock(day, hour, 0);
        String task = task(pi, activity);
        as(user, () -> taskService.claim(task, user));
        clock(day, hour, minutes);
        as(user, () -> taskService.complete(task, values));
    }

    private ProcessInstance register() {
        String caseNumber = intake.register(Complaints.ordinary(), null, "test", "frontline").receipt().caseNumber();
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("complaint-handling").singleResult();
        executeJob(pi, Elements.ACKNOWLEDGE);
        return pi;
    }

    private String task(ProcessInstance pi, String activity) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activity).singleResult().getId();
    }

    private void executeJob(ProcessInstance pi, String activity) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId())
                .activityId(activity).singleResult().getId());
    }

    /** As Tasklist does: logged in with the user's groups, so claims go to the user operation log. */
    private void as(String user, Runnable action) {
        identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList());
        try {
            action.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static void clock(LocalDate day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(day.atTime(hour, minute), SHANGHAI).toInstant()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
