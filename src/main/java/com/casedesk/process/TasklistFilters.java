package com.casedesk.process;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every case worker starts with. Created once; a filter that an administrator
 * has since changed in Tasklist is left alone.
 */
@Component
class TasklistFilters implements InitializingBean {

    static final String MY_TASKS = "我的任务";
    static final String GROUP_TASKS = "本组待办";
    static final String OVERDUE = "已逾期";
    static final String LEVEL_1 = "一级投诉进度";

    private final FilterService filterService;
    private final TaskService taskService;

    TasklistFilters(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @Override
    public void afterPropertiesSet() {
        ensure(MY_TASKS, "分配给我的任务 (assigned to me)", -10, "#3b82f6",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        ensure(GROUP_TASKS, "我所在组的待办，按到期时间排序 (my groups, by due date)", -5, "#10b981",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().orderByDueDate().asc());
        ensure(OVERDUE, "已超过到期时间的任务 (past their due date)", 0, "#ef4444",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().dueBeforeExpression("${now()}").orderByDueDate().asc());
        // 002 §5: the leadership group follows every Level 1 case, whoever holds its tasks
        ensure(LEVEL_1, "所有一级投诉的在办任务 (every open task of a Level 1 complaint)", 5, "#a855f7",
                taskService.createTaskQuery().processVariableValueEquals("level", 1).orderByDueDate().asc());
    }

    private void ensure(String name, String description, int priority, String color, TaskQuery query) {
        if (filterService.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(name)
                .setQuery(query)
                .setProperties(Map.of(
                        "description", description,
                        "priority", priority,
                        "color", color,
                        "refresh", true,
                        "variables", List.of(
                                Map.of("name", "caseNumber", "label", "案件编号"),
                                Map.of("name", "level", "label", "等级"))));
        filterService.saveFilter(filter);
    }
}
