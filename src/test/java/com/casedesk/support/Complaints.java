package com.casedesk.support;

import com.casedesk.complaint.BusinessLine;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintCategory;
import com.casedesk.complaint.ComplaintFlag;
import com.casedesk.complaint.ComplaintSubmission;
import java.math.BigDecimal;
import java.util.Set;

/** Test complaints, built from the example in the intake contract. */
public final class Complaints {

    private Complaints() {
    }

    public static ComplaintSubmission ordinary() {
        return with(Channel.ONLINE, new BigDecimal("12000.00"), Set.of(), 1);
    }

    public static ComplaintSubmission with(Channel channel, BigDecimal amount, Set<ComplaintFlag> flags, int joint) {
        return new ComplaintSubmission(channel,
                new ComplaintSubmission.Complainant("张三", newIdNumber(), "13800138000", "zhang@example.com"),
                new ComplaintSubmission.Respondent("朝阳支行", "李四"),
                BusinessLine.INSURANCE, ComplaintCategory.CLAIM_DISPUTE, "要求全额赔付",
                "2026年10月申请理赔，至今未获答复。", amount, flags, joint);
    }

    /**
     * A resident ID number no other test complaint has: the same complainant complaining again about
     * the same matter is merged into the open case (Art. 18 ¶3).
     */
    public static String newIdNumber() {
        return "1101011990" + String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** The JSON of the intake contract's example, for a new complainant. */
    public static String exampleJson(String channel) {
        return exampleJson(channel, newIdNumber());
    }

    public static String exampleJson(String channel, String idNumber) {
        return """
                {"channel": "%s", "complainant": {"name": "张三", "idNumber": "%s",
                  "phone": "13800138000", "email": "zhang@example.com"},
                 "respondent": {"unit": "朝阳支行", "staffName": "李四"}, "businessLine": "INSURANCE",
                 "category": "CLAIM_DISPUTE", "request": "要求全额赔付", "facts": "2026年10月申请理赔，至今未获答复。",
                 "claimedAmount": 12000.00, "flags": ["AGITATED"], "jointComplainants": 1}
                """.formatted(channel, idNumber);
    }

    /**
     * The handling group's judgement of the one repeat of {@code caseNumber} awaiting it (complaint-repeat-review):
     * new facts or reasons restart the clock (issue 15 §5).
     */
    public static void judgeRepeat(org.camunda.bpm.engine.TaskService tasks, String caseNumber, String user,
                                   boolean newFacts) {
        var task = tasks.createTaskQuery().processDefinitionKey("complaint-repeat-review")
                .processInstanceBusinessKey(caseNumber).singleResult();
        tasks.claim(task.getId(), user);
        tasks.complete(task.getId(), java.util.Map.of("repeatFactsNew", Boolean.toString(newFacts),
                "repeatJudgementReason", newFacts ? "含新事实" : "无新事实"));
    }
}
