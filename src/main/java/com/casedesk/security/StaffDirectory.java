package com.casedesk.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates the staff groups and, outside production, the demo users. Idempotent: it only adds what
 * is missing, so it is safe on every start and on a shared database. The first administrator comes
 * from the Camunda starter ({@code camunda.bpm.admin-user}).
 */
@Component
class StaffDirectory implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(StaffDirectory.class);
    static final String DEMO_PASSWORD = "demo";

    record DemoUser(String id, String firstName, String lastName, String group) {
    }

    /** One demo user per group, so every path can be tried in Tasklist. */
    static final java.util.List<DemoUser> DEMO_USERS = java.util.List.of(
            new DemoUser("frontline", "王芳", "前台客服", StaffGroups.FRONTLINE),
            new DemoUser("frontline2", "赵敏", "前台客服", StaffGroups.FRONTLINE),
            new DemoUser("supervisor", "李强", "部门主管", StaffGroups.SUPERVISOR),
            new DemoUser("supervisor2", "周杰", "部门主管", StaffGroups.SUPERVISOR),
            new DemoUser("leader", "张伟", "领导小组", StaffGroups.LEADERSHIP),
            new DemoUser("reviewer", "孙丽", "核查组", StaffGroups.REVIEW),
            new DemoUser("executive", "陈总", "公司高层", StaffGroups.SENIOR_MANAGEMENT),
            new DemoUser("executive2", "杨总", "公司高层", StaffGroups.SENIOR_MANAGEMENT),
            new DemoUser("claims", "吴刚", "理赔部", StaffGroups.DEPT_CLAIMS),
            new DemoUser("underwriter", "郑华", "核保部", StaffGroups.DEPT_UNDERWRITING),
            new DemoUser("sales", "冯云", "销售管理部", StaffGroups.DEPT_SALES),
            new DemoUser("operations", "何平", "运营部", StaffGroups.DEPT_OPERATIONS),
            new DemoUser("wb-intake", "林静", "举报受理", StaffGroups.WB_INTAKE),
            new DemoUser("wb-investigator", "高远", "举报调查", StaffGroups.WB_INVESTIGATOR),
            new DemoUser("wb-investigator2", "马骏", "举报调查", StaffGroups.WB_INVESTIGATOR),
            new DemoUser("wb-committee", "宋岚", "举报委员会", StaffGroups.WB_COMMITTEE),
            new DemoUser("wb-committee2", "韩雪", "举报委员会", StaffGroups.WB_COMMITTEE),
            new DemoUser("wb-custodian", "钱正", "身份保管", StaffGroups.WB_CUSTODIAN),
            new DemoUser("manager", "刘洋", "投诉管理", StaffGroups.MANAGER),
            new DemoUser("compliance", "黄蕾", "合规部", StaffGroups.COMPLIANCE),
            new DemoUser("owner", "徐明", "流程负责人", StaffGroups.PROCESS_OWNER),
            new DemoUser("wb-owner", "罗兰", "举报流程负责人", StaffGroups.WB_PROCESS_OWNER));

    private final IdentityService identityService;
    private final boolean demoUsers;

    StaffDirectory(IdentityService identityService, @Value("${casedesk.demo-users:false}") boolean demoUsers) {
        this.identityService = identityService;
        this.demoUsers = demoUsers;
    }

    @Override
    public void afterPropertiesSet() {
        StaffGroups.ALL.forEach(g -> ensureGroup(g.id(), g.name()));
        if (demoUsers) {
            DEMO_USERS.forEach(u -> ensureUser(u.id(), u.firstName(), u.lastName(), u.group()));
            LOG.warn("demo users {} exist with password '{}': not for production",
                    DEMO_USERS.stream().map(DemoUser::id).toList(), DEMO_PASSWORD);
        }
    }

    private void ensureGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
    }

    private void ensureUser(String id, String firstName, String lastName, String groupId) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(id + "@casedesk.example");
            user.setPassword(DEMO_PASSWORD);
            identityService.saveUser(user);
        }
        if (identityService.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(id, groupId);
        }
    }
}
