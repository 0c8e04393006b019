package com.casedesk.whistleblowing;

import com.casedesk.process.TaskHiding;
import com.casedesk.whistleblowing.WbProcess.Vars;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Staff who may not work on a report (table {@code wb_involved}): people named in it, people of the
 * reported unit, and investigators who declared a conflict of interest. They can be given none of
 * its tasks (InvolvedCheckListener), and they do not even see them: every task of the report carries
 * a REVOKE authorization for each of them (process/TaskHiding), so a candidate group they belong to
 * does not show it.
 * A reported unit is kept as a {@code group:<id>} row, so that people who join it later are caught.
 */
@Component
public class InvolvedPersons {

    static final String GROUP_PREFIX = "group:";

    private final JdbcTemplate jdbc;
    private final IdentityService identity;
    private final TaskService tasks;
    private final TaskHiding hiding;

    InvolvedPersons(JdbcTemplate jdbc, IdentityService identity, TaskService tasks, TaskHiding hiding) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.tasks = tasks;
        this.hiding = hiding;
    }

    public boolean isInvolved(String reportNumber, String userId) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        return barred(jdbc.queryForList("select user_id from wb_involved where report_number = ?", String.class,
                reportNumber), userId, groups);
    }

    /**
     * 回避 The recusal rule: a person is barred from a report when they are registered themselves, or
     * a group they belong to is (the reported unit, which also catches people who join it later).
     *
     * @param registered the report's rows: user ids and {@code group:<id>} entries
     */
    static boolean barred(Collection<String> registered, String userId, Collection<String> groupIds) {
        if (userId == null) {
            return false;
        }
        return registered.contains(userId) || groupIds.stream().anyMatch(g -> registered.contains(GROUP_PREFIX + g));
    }

    /**
     * 独立分派: the staff the assessor found named in the report and the reported unit are barred from
     * it before any investigator is chosen. Each id must be a staff member and the unit one of the
     * institution's departments; nothing is registered otherwise.
     *
     * @return how many were registered (the unit counts as one)
     */
    int registerNamedInAssessment(String reportNumber, String staffText, String unit) {
        Set<String> ids = staffIds(staffText);
        for (String id : ids) {
            if (identity.createUserQuery().userId(id).count() == 0) {
                throw new BadUserRequestException(Vars.INVOLVED_STAFF.name() + ": no staff member '" + id + "'");
            }
        }
        boolean hasUnit = unit != null && !unit.isBlank();
        if (hasUnit && units().stream().noneMatch(g -> g.getId().equals(unit))) {
            throw new BadUserRequestException(Vars.REPORTED_UNIT_GROUP.name() + ": not a unit: '" + unit + "'");
        }
        ids.forEach(id -> register(reportNumber, id, "被举报人 named in the report (初步评估 assessment)"));
        if (hasUnit) {
            registerUnit(reportNumber, unit, "被举报单位 reported unit (初步评估 assessment)");
        }
        return ids.size() + (hasUnit ? 1 : 0);
    }

    /** The user ids an assessor typed, separated by commas, semicolons (either width) or spaces. */
    static Set<String> staffIds(String text) {
        var ids = new LinkedHashSet<String>();
        if (text != null) {
            for (String id : text.split("[,，;；\\s]+")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
        }
        return ids;
    }

    /** Registers a user as involved and hides the report's open tasks from them; the first reason stays. */
    public void register(String reportNumber, String userId, String reason) {
        insert(reportNumber, userId, reason);
        hideOpenTasks(reportNumber, List.of(userId));
    }

    /** The reported unit: its group, for later members, and everybody in it now. */
    public void registerUnit(String reportNumber, String groupId, String reason) {
        insert(reportNumber, GROUP_PREFIX + groupId, reason);
        List<String> members = identity.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList();
        members.forEach(user -> insert(reportNumber, user, reason));
        hideOpenTasks(reportNumber, members);
    }

    /**
     * Staff whose name is the reported person's name, as the directory writes it: the whole name in
     * the first-name field, or family name (one or two characters, e.g. 王 or 欧阳) and given name.
     */
    public Set<String> staffNamed(String name) {
        var found = new LinkedHashSet<String>();
        if (name == null || name.isBlank()) {
            return found;
        }
        String n = name.strip();
        identity.createUserQuery().userFirstName(n).list().forEach(u -> found.add(u.getId()));
        for (String[] split : familyAndGiven(n)) {
            identity.createUserQuery().userLastName(split[0]).userFirstName(split[1]).list()
                    .forEach(u -> found.add(u.getId()));
        }
        return found;
    }

    /** The ways a Chinese name splits into family name (one or two characters) and a given name. */
    static List<String[]> familyAndGiven(String name) {
        List<String[]> splits = new ArrayList<>();
        for (int split = 1; split <= 2 && split < name.length(); split++) {
            splits.add(new String[] {name.substring(0, split), name.substring(split)});
        }
        return splits;
    }

    /** The users (not groups) involved in a report: each new task of it is hidden from them. */
    List<String> users(String reportNumber) {
        return jdbc.queryForList("select user_id from wb_involved where report_number = ? and user_id not like ?",
                String.class, reportNumber, GROUP_PREFIX + "%");
    }

    void hide(String taskId, Collection<String> userIds) {
        hiding.hide(taskId, userIds);
    }

    /** Groups an assessor may name as the reported unit: the institution's departments. */
    public List<Group> units() {
        return identity.createGroupQuery().groupIdIn(com.casedesk.security.StaffGroups.DEPARTMENTS.toArray(String[]::new))
                .list();
    }

    private void hideOpenTasks(String reportNumber, Collection<String> userIds) {
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(reportNumber).list()) {
            hide(task.getId(), userIds);
        }
    }

    private void insert(String reportNumber, String userId, String reason) {
        jdbc.update("insert into wb_involved (report_number, user_id, reason) values (?, ?, ?) "
                + "on conflict (report_number, user_id) do nothing", reportNumber, userId, reason);
    }
}
