package com.casedesk.bench;

import static java.util.Map.entry;

import com.casedesk.CasedeskApplication;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.complaint.ComplaintSubmission;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintFlag;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.complaint.review.ReviewProcess;
import com.casedesk.complaint.review.ReviewRequests;
import com.casedesk.support.Complaints;
import com.casedesk.whistleblowing.ReportIntake;
import com.casedesk.whistleblowing.ReportSubmission;
import com.casedesk.whistleblowing.WbProcess;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The samples of bench/five-years.sh: cases driven through the service's own code in a Spring context of
 * the service (intake, the real models, delegates, listeners, ledger, notices into the dev inbox), each to
 * the state it is copied in — closed complaints of six shapes, a closed complaint with a 核查 review,
 * closed whistleblowing reports, and open complaints at their first wait state. Every sample is recorded in
 * {@code five_sample(case_number, kind)}; the script's copier multiplies them by kind weight.
 *
 * <p>The job executor is off: this main runs each message job itself, right after the step that made it,
 * so no job is left behind and the timers of closed cases are gone with their cases. Tasks are completed
 * through {@link TaskService} as the process tests do (the person's group logged in where a rule asks
 * for it). A benchmark main, not a test. Arguments: samples per kind (default 20).
 */
public final class FiveYearSampler {

    /** The shapes, with what each does after intake. */
    enum Kind { L3_SATISFIED, L3_ON_SPOT, L3_ESCALATED, L3_UNSATISFIED_ONCE, L2_SATISFIED, L1_SATISFIED, L3_REVIEWED,
        REPORT_CLOSED, OPEN }

    private final ComplaintIntake intake;
    private final ReportIntake reports;
    private final ReviewRequests reviews;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;
    private final ObjectMapper json;

    private FiveYearSampler(ConfigurableApplicationContext c) {
        intake = c.getBean(ComplaintIntake.class);
        reports = c.getBean(ReportIntake.class);
        reviews = c.getBean(ReviewRequests.class);
        runtime = c.getBean(RuntimeService.class);
        tasks = c.getBean(TaskService.class);
        management = c.getBean(ManagementService.class);
        identity = c.getBean(IdentityService.class);
        json = c.getBean(ObjectMapper.class);
    }

    public static void main(String[] args) {
        int perKind = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CasedeskApplication.class)
                .properties("server.port=0", "logging.level.root=WARN")
                .run("--camunda.bpm.job-execution.enabled=false"); // arguments win over application.yaml
        try {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            jdbc.execute("create table if not exists five_sample (case_number varchar(32) primary key, kind varchar(32) not null)");
            FiveYearSampler sampler = new FiveYearSampler(context);
            // one of each kind first, not recorded: the first case of a JVM also fills the configuration
            // tables' memo (TableLookup evaluates each table once per version and input), which no later case does
            for (Kind kind : Kind.values()) {
                sampler.sample(kind, perKind);
            }
            long begin = System.nanoTime();
            for (int i = 0; i < perKind; i++) {
                for (Kind kind : Kind.values()) {
                    String number = sampler.sample(kind, i);
                    jdbc.update("insert into five_sample values (?, ?)", number, kind.name());
                }
            }
            System.out.printf("sampler: %d samples of %d kinds in %.0f s%n", perKind * Kind.values().length,
                    Kind.values().length, (System.nanoTime() - begin) / 1e9);
        } finally {
            context.close();
        }
    }

    private String sample(Kind kind, int i) {
        if (kind == Kind.REPORT_CLOSED) {
            return report(i);
        }
        ComplaintSubmission submission = switch (kind) {
            case L2_SATISFIED -> Complaints.with(Channel.APP, new BigDecimal("100"), Set.of(ComplaintFlag.AGITATED), 1);
            case L1_SATISFIED -> Complaints.with(Channel.ONLINE, new BigDecimal("600000.00"), Set.of(), 1);
            default -> OpenCasesLoader.submission(9_000_000L + kind.ordinal() * 10_000L + i);
        };
        String number = intake.register(submission, null, null, "frontline").receipt().caseNumber();
        drain();
        if (kind == Kind.OPEN) {
            return number;
        }
        if (kind == Kind.L3_ON_SPOT) {
            complete(number, Elements.FRONTLINE_RESOLVE, Map.of(Vars.RESOLVED_ON_SPOT.name(), "true",
                    Vars.RESULT.name(), "UPHELD", Vars.RESOLUTION.name(), "当场补办理赔手续并致歉",
                    Vars.ROOT_CAUSE.name(), "RULES_AND_PROCEDURES", Vars.SATISFIED_ON_SPOT.name(), true));
            return number;
        }
        if (kind == Kind.L3_ESCALATED) {
            fireTimer(number, Elements.DEADLINE_TIMER);
            complete(number, Elements.SUPERVISE, Map.of(Vars.SUPERVISION_NOTE.name(), "已督促处理人当日内答复"));
        }
        toInvestigation(number, kind);
        decide(number);
        if (kind == Kind.L3_UNSATISFIED_ONCE) {
            complete(number, Elements.CALLBACK, Map.of(Vars.CALLBACK_OUTCOME.name(), "UNSATISFIED",
                    Vars.CALLBACK_NOTE.name(), "客户认为赔偿不足"));
            toInvestigation(number, kind);
            decide(number);
        }
        complete(number, Elements.CALLBACK, Map.of(Vars.CALLBACK_OUTCOME.name(), "SATISFIED", Vars.CALLBACK_NOTE.name(), "客户表示满意"));
        if (kind == Kind.L3_REVIEWED) {
            reviews.register(number, "认为处理结果依据不足", null, "frontline");
            drain();
            as("reviewer", List.of("complaint-review"), () -> tasks.complete(task(number, ReviewProcess.Elements.REVIEW).getId(),
                    Map.of(ReviewProcess.Vars.OUTCOME.name(), "UPHELD", ReviewProcess.Vars.OPINION.name(), "原处理决定依据充分，予以维持。")));
            drain();
        }
        return number;
    }

    /** The level's path up to the investigation, as ComplaintProcessTest walks it. */
    private void toInvestigation(String number, Kind kind) {
        switch (kind) {
            case L2_SATISFIED -> {
                complete(number, Elements.HAND_OVER, Map.of(Vars.HANDOVER_NOTE.name(), "请主管组织调查"));
                complete(number, Elements.ORGANISE, Map.of(Vars.INVESTIGATION_GROUP.name(), "dept-claims"));
            }
            case L1_SATISFIED -> {
                complete(number, Elements.FORWARD, Map.of(Vars.FORWARD_NOTE.name(), "涉及金额重大，请领导小组决策"));
                complete(number, Elements.MEETING, Map.of(Vars.INVESTIGATION_GROUP.name(), "dept-claims",
                        Vars.PLAN_OWNERS.name(), "理赔部 王五", Vars.PLAN_MILESTONES.name(), "3日内完成调查"));
            }
            default -> complete(number, Elements.FRONTLINE_RESOLVE, Map.of(Vars.RESOLVED_ON_SPOT.name(), "false"));
        }
    }

    private void decide(String number) {
        complete(number, Elements.INVESTIGATE, Map.of(Vars.FINDINGS.name(), "理赔材料已于11月1日补齐，审核超期。",
                Vars.ROOT_CAUSE.name(), "RULES_AND_PROCEDURES"));
        complete(number, Elements.DECIDE, Map.of(Vars.RESULT.name(), "PARTIALLY_UPHELD",
                Vars.RESOLUTION.name(), "依据保险合同第5条，赔付已核定部分。", Vars.COMPENSATION_AMOUNT.name(), 3000.0));
    }

    /** An anonymous report admitted, investigated, decided, told and summarised (WhistleblowingProcessTest's path). */
    private String report(int i) {
        ReportSubmission submission = json.convertValue(Map.of("anonymous", true,
                "reportedParty", Map.of("name", "某客户经理" + i, "unit", "某分行营业部"),
                "description", "客户经理私下收取客户费用。", "occurredAt", "2026-09-01", "location", "北京"),
                ReportSubmission.class);
        String number = reports.register(submission).reportNumber();
        drain();
        var wb = Map.ofEntries(
                entry(WbProcess.Elements.ASSESS, "wb-intake"), entry(WbProcess.Elements.INVESTIGATE, "wb-investigator"),
                entry(WbProcess.Elements.DECIDE, "wb-committee"), entry(WbProcess.Elements.SUMMARY, "wb-committee"));
        claimAndComplete(number, WbProcess.Elements.ASSESS, wb, Map.of(WbProcess.Vars.AUTHENTICITY.name(), "CREDIBLE",
                WbProcess.Vars.URGENCY.name(), "NORMAL", WbProcess.Vars.ADMISSIBILITY.name(), "ADMITTED"));
        claimAndComplete(number, WbProcess.Elements.INVESTIGATE, wb, Map.of(WbProcess.Vars.INVESTIGATION_OUTCOME.name(), "OPINION",
                WbProcess.Vars.OPINION.name(), "经调取流水和访谈，事实如下……"));
        claimAndComplete(number, WbProcess.Elements.DECIDE, wb, Map.of(WbProcess.Vars.DECISION.name(), "NO_VIOLATION",
                WbProcess.Vars.DECISION_REASON.name(), "依据调查意见", WbProcess.Vars.FEEDBACK_TEXT.name(), "经调查未发现违规。"));
        claimAndComplete(number, WbProcess.Elements.SUMMARY, wb, Map.of(WbProcess.Vars.ROOT_CAUSE.name(), "审批权限集中，缺少复核",
                WbProcess.Vars.CONTROL_FIXES.name(), "增加双人复核；每季度抽查"));
        return number;
    }

    /** As Tasklist does it for a report: the user of the step logged in with their groups, claim, complete. */
    private void claimAndComplete(String number, String activity, Map<String, String> users, Map<String, Object> variables) {
        String user = users.get(activity);
        Task task = task(number, activity);
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        as(user, groups, () -> {
            tasks.claim(task.getId(), user);
            tasks.complete(task.getId(), variables);
        });
        drain();
    }

    private void complete(String number, String activity, Map<String, Object> variables) {
        tasks.complete(task(number, activity).getId(), variables);
        drain();
    }

    private Task task(String number, String activity) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(activity).singleResult();
        if (task == null) {
            throw new IllegalStateException(number + " has no open task at " + activity + ": "
                    + tasks.createTaskQuery().processInstanceBusinessKey(number).list().stream().map(Task::getTaskDefinitionKey).toList());
        }
        return task;
    }

    private void fireTimer(String number, String activity) {
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey(ComplaintProcess.KEY).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(pi).activityId(activity).singleResult().getId());
        drain();
    }

    /** Every message job due now (acknowledgements, notices, staff alerts, reports), as the executor would run them. */
    private void drain() {
        for (int round = 0; round < 20; round++) {
            List<Job> due = management.createJobQuery().messages().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("message jobs keep coming");
    }

    private void as(String user, List<String> groups, Runnable action) {
        identity.setAuthentication(user, groups);
        try {
            action.run();
        } finally {
            identity.clearAuthentication();
        }
    }
}
