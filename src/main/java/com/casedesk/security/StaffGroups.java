package com.casedesk.security;

import java.util.List;

/** The groups the models route work to. Created at every start, in every profile. */
public final class StaffGroups {

    public static final String FRONTLINE = "complaint-frontline";
    public static final String SUPERVISOR = "complaint-supervisor";
    public static final String LEADERSHIP = "complaint-leadership";
    public static final String ADMIN = "camunda-admin";
    /** 核查: reviews decisions on request (Art. 20); never the original handler. */
    public static final String REVIEW = "complaint-review";
    /** 公司高层: approves extensions, receives reports on major complaints. */
    public static final String SENIOR_MANAGEMENT = "senior-management";
    /** Responsible departments (责任部门), chosen by the department decision table. */
    public static final String DEPT_CLAIMS = "dept-claims";
    public static final String DEPT_UNDERWRITING = "dept-underwriting";
    public static final String DEPT_SALES = "dept-sales";
    public static final String DEPT_OPERATIONS = "dept-operations";
    /** 举报处理: the whistleblowing groups; nobody outside them sees a report. */
    public static final String WB_INTAKE = "whistleblowing-intake";
    public static final String WB_INVESTIGATOR = "whistleblowing-investigator";
    public static final String WB_COMMITTEE = "whistleblowing-committee";
    /** The only role that can reveal a reporter's identity, with a reason, always audited. */
    public static final String WB_CUSTODIAN = "whistleblowing-custodian";
    /** 投诉管理: managers who watch throughput, backlogs and breaches (Cockpit read-only, statistics). */
    public static final String MANAGER = "complaint-manager";
    /** 合规部: compliance officers; read the audit log and the statistics. */
    public static final String COMPLIANCE = "compliance";
    /**
     * 流程负责人: process owners, who revise and deploy the BPMN/DMN models. Owns the complaint and notice
     * models ({@link AccessMatrix#ownersOf}); kept under its old name so existing members stay owners.
     */
    public static final String PROCESS_OWNER = "process-owner";
    /** 举报流程负责人: own the whistleblowing models, and nothing else (the wall of docs/security.md). */
    public static final String WB_PROCESS_OWNER = "whistleblowing-process-owner";
    /** 运维监控: monitoring accounts (Prometheus) that may read the actuator endpoints; no case access. */
    public static final String MONITORING = "monitoring";
    /** The responsible departments: the groups a rectification action (整改措施) can be given to. */
    public static final List<String> DEPARTMENTS = List.of(DEPT_CLAIMS, DEPT_UNDERWRITING, DEPT_SALES, DEPT_OPERATIONS);

    record Group(String id, String name) {
    }

    static final List<Group> ALL = List.of(
            new Group(FRONTLINE, "前台客服 Front-line customer service"),
            new Group(SUPERVISOR, "部门主管 Department heads"),
            new Group(LEADERSHIP, "投诉处理领导小组 Complaint-handling leadership group"),
            new Group(REVIEW, "核查组 Review (Art. 20)"),
            new Group(SENIOR_MANAGEMENT, "公司高层 Senior management"),
            new Group(DEPT_CLAIMS, "理赔部 Claims department"),
            new Group(DEPT_UNDERWRITING, "核保部 Underwriting department"),
            new Group(DEPT_SALES, "销售管理部 Sales management department"),
            new Group(DEPT_OPERATIONS, "运营部 Operations department"),
            new Group(WB_INTAKE, "举报受理 Whistleblowing intake"),
            new Group(WB_INVESTIGATOR, "举报调查 Whistleblowing investigators"),
            new Group(WB_COMMITTEE, "举报处理委员会 Whistleblowing committee"),
            new Group(WB_CUSTODIAN, "举报人身份保管 Identity custodian"),
            new Group(MANAGER, "投诉管理 Complaint managers"),
            new Group(COMPLIANCE, "合规部 Compliance"),
            new Group(PROCESS_OWNER, "流程负责人 Process owners (complaints)"),
            new Group(WB_PROCESS_OWNER, "举报流程负责人 Process owners (whistleblowing)"),
            new Group(MONITORING, "运维监控 Monitoring"));

    private StaffGroups() {
    }
}
