package com.casedesk.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every case worker starts with (issue 17): due date first, then level (the task
 * priority {@link TaskCards} sets from it), and on every card the case's {@link TaskCard} values. Created
 * once; a filter an administrator has since changed in Tasklist is left alone. A filter as an earlier
 * release of the service created it (no card values, sorted by due date only) is brought up to date:
 * the current one carries {@value #VERSION_PROPERTY} so that the next release can tell it from an edit.
 */
@Component
class TasklistFilters implements InitializingBean {

    static final String MY_TASKS = "我的任务";
    static final String GROUP_TASKS = "本组待办";
    static final String OVERDUE = "已逾期";
    static final String DUE_SOON = "即将到期";
    static final String LEVEL_1 = "一级投诉进度";
    static final String LEVEL_2 = "二级投诉进度";

    static final String VERSION_PROPERTY = "casedeskVersion";
    static final int VERSION = 2;
    /** 即将到期: due after now and within this many working days after today. */
    static final int DUE_SOON_WORKING_DAYS = 2;

    private final FilterService filterService;
    private final TaskService taskService;

    TasklistFilters(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @Override
    public void afterPropertiesSet() {
        ensure(MY_TASKS, "分配给我的任务 (assigned to me)", -10, "#3b82f6", this::mine);
        ensure(GROUP_TASKS, "我所在组的待办，按到期时间排序 (my groups, by due date)", -5, "#10b981", this::groups);
        ensure(OVERDUE, "已超过到期时间的任务 (past their due date)", 0, "#ef4444",
                sorted -> groups(sorted).dueBeforeExpression("${now()}"));
        ensure(DUE_SOON, "两个工作日内到期的任务 (due within 2 working days)", 1, "#f59e0b",
                sorted -> groups(sorted).dueAfterExpression("${now()}")
                        .dueBeforeExpression("${" + QueryCalendar.WORKING_DAYS_FROM_NOW + "(" + DUE_SOON_WORKING_DAYS + ")}"));
        // 002 §5: the leadership group follows every Level 1 case, whoever holds its tasks
        ensure(LEVEL_1, "所有一级投诉的在办任务 (every open task of a Level 1 complaint)", 5, "#a855f7",
                sorted -> level(sorted, 1));
        // the supervisors handle and escalate Level 2 (complaint-level-policy): every open task of it
        ensure(LEVEL_2, "所有二级投诉的在办任务 (every open task of a Level 2 complaint)", 6, "#8b5cf6",
                sorted -> level(sorted, 2));
    }

    private TaskQuery mine(boolean sorted) {
        return order(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"), sorted);
    }

    private TaskQuery groups(boolean sorted) {
        return order(taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks(), sorted);
    }

    private TaskQuery level(boolean sorted, int level) {
        return order(taskService.createTaskQuery().processVariableValueEquals("level", level), sorted);
    }

    /** Release 1 sorted by due date only; now Level 1 comes first among tasks due at the same time. */
    private static TaskQuery order(TaskQuery query, boolean byLevelToo) {
        query.orderByDueDate().asc();
        return byLevelToo ? query.orderByTaskPriority().desc() : query;
    }

    private interface QueryOf {
        TaskQuery build(boolean current);
    }

    private void ensure(String name, String description, int priority, String color, QueryOf query) {
        Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
        if (existing == null) {
            filterService.saveFilter(filterService.newTaskFilter(name).setQuery(query.build(true))
                    .setProperties(properties(description, priority, color)));
        } else if (isFirstRelease(existing, description, priority, color, query.build(false))) {
            filterService.saveFilter(existing.setQuery(query.build(true)).setProperties(properties(description, priority, color)));
        }
    }

    private static Map<String, Object> properties(String description, int priority, String color) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("color", color);
        properties.put("refresh", true);
        properties.put("variables", List.of(
                card(TaskCard.Vars.CASE_NUMBER, "案件编号"), card(TaskCard.Vars.LEVEL, "等级"),
                card(TaskCard.Vars.CATEGORY, "类别"), card(TaskCard.Vars.REPLY_DUE, "答复期限")));
        properties.put(VERSION_PROPERTY, VERSION);
        return properties;
    }

    private static Map<String, String> card(ProcessVariable<?> variable, String label) {
        return Map.of("name", variable.name(), "label", label);
    }

    /**
     * Exactly as release 1 created it (its query, and card variables that Tasklist could not show); any
     * administrator's change to the query or the properties makes it theirs.
     */
    private static boolean isFirstRelease(Filter filter, String description, int priority, String color, TaskQuery first) {
        Map<String, Object> firstProperties = Map.of("description", description, "priority", priority, "color", color,
                "refresh", true, "variables", List.of(Map.of("name", "caseNumber", "label", "案件编号"),
                        Map.of("name", "level", "label", "等级")));
        return Objects.equals(filter.getProperties(), firstProperties)
                && Objects.equals(((FilterEntity) filter).getQueryInternal(), queryJson(first));
    }

    private static String queryJson(TaskQuery query) {
        FilterEntity rendering = new FilterEntity(org.camunda.bpm.engine.EntityTypes.TASK);
        rendering.setQuery(query);
        return rendering.getQueryInternal();
    }
}
