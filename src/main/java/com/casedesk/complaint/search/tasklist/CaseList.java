package com.casedesk.complaint.search.tasklist;

import com.casedesk.complaint.ComplaintCategory;
import com.casedesk.complaint.search.ComplaintSearch;
import com.casedesk.complaint.search.SearchCriteria;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 我的案件 / 本组案件 as the Tasklist plugin shows them: {@link ComplaintSearch} (need-to-know, 回避, audit) with
 * Chinese labels and times in the service's zone. A row carries what tells cases apart and nothing about the
 * complainant: the search may match a name or phone, the list does not repeat it.
 */
@Component
public class CaseList {

    static final Map<String, String> STATUS_LABELS = Map.of("RECEIVED", "已登记", "IN_HANDLING", "处理中",
            "DECIDED", "已决定", "FEEDBACK_SENT", "已告知", "CLOSED", "已结案", "WITHDRAWN", "已撤回", "MERGED", "已合并");
    static final Map<Integer, String> LEVEL_LABELS = Map.of(1, "一级", 2, "二级", 3, "三级");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ComplaintSearch search;
    private final TaskService tasks;
    private final ZoneId zone;

    CaseList(ComplaintSearch search, TaskService tasks, @Value("${casedesk.complaint.zone}") ZoneId zone) {
        this.search = search;
        this.tasks = tasks;
        this.zone = zone;
    }

    /**
     * {@code replyDueBy}: minutes in {@code zone}; {@code overdue}: open, undecided, reply deadline past;
     * {@code taskId}: an open task of the case for the caller to open in Tasklist (theirs first, else their
     * groups'), or null.
     */
    public record Row(String caseNumber, Integer level, String levelLabel, String category, String categoryLabel,
                      String status, String statusLabel, String replyDueBy, boolean overdue, String taskId) {
    }

    /** {@code totalExact} false: {@code total} is where counting stopped (ComplaintSearch.COUNT_CAP). */
    public record Page(List<Row> items, int page, int size, long total, boolean totalExact, String scope, String zone) {
    }

    public Page page(String user, List<String> groups, SearchCriteria criteria) {
        ComplaintSearch.Page found = search.search(user, groups, criteria);
        List<Row> rows = found.items().stream().map(h -> new Row(h.caseNumber(), h.level(),
                h.level() == null ? null : LEVEL_LABELS.get(h.level()), h.category(), categoryLabel(h.category()),
                h.status(), STATUS_LABELS.getOrDefault(h.status(), h.status()), format(h.replyDueBy()), h.overdue(),
                openTask(user, groups, h.caseNumber()))).toList();
        return new Page(rows, found.page(), found.size(), found.total(), found.totalExact(),
                criteria.scope() == null ? null : criteria.scope().parameter(), zone.getId());
    }

    /**
     * Asked of the engine as the webapp session's user, so its authorizations apply: never the id of a task they
     * may not read. At most two indexed queries per row of a page (≤ 100 rows; the Tasklist panel asks for 15).
     */
    private String openTask(String user, List<String> groups, String caseNumber) {
        List<Task> own = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskAssignee(user)
                .orderByDueDate().asc().listPage(0, 1);
        if (!own.isEmpty() || groups.isEmpty()) {
            return own.isEmpty() ? null : own.get(0).getId();
        }
        List<Task> offered = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskCandidateGroupIn(groups)
                .includeAssignedTasks().orderByDueDate().asc().listPage(0, 1);
        return offered.isEmpty() ? null : offered.get(0).getId();
    }

    private String format(Instant at) {
        return at == null ? null : MINUTES.format(at.atZone(zone));
    }

    private static String categoryLabel(String code) {
        if (code == null) {
            return null;
        }
        try {
            return ComplaintCategory.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
