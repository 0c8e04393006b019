package com.casedesk.security;

import java.util.List;

/** The groups the models route work to. Created at every start, in every profile. */
public final class StaffGroups {

    public static final String FRONTLINE = "complaint-frontline";
    public static final String SUPERVISOR = "complaint-supervisor";
    public static final String LEADERSHIP = "complaint-leadership";
    public static final String ADMIN = "camunda-admin";

    record Group(String id, String name) {
    }

    static final List<Group> ALL = List.of(
            new Group(FRONTLINE, "前台客服 Front-line customer service"),
            new Group(SUPERVISOR, "部门主管 Department heads"),
            new Group(LEADERSHIP, "投诉处理领导小组 Complaint-handling leadership group"));

    private StaffGroups() {
    }
}
