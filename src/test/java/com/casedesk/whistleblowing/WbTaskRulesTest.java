package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.process.TaskAction;
import com.casedesk.process.TaskAction.Kind;
import com.casedesk.process.TaskAction.TaskFacts;
import com.casedesk.process.TaskRuleViolation;
import com.casedesk.support.UnitTest;
import com.casedesk.whistleblowing.WbProcess.Elements;
import com.casedesk.whistleblowing.WbProcess.Vars;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules every task command of a report passes (WbTaskRules): nobody involved acts or is given a
 * task, and the four-eyes pairs on the committee's tasks. Who is involved is given here, not looked up.
 */
@UnitTest
class WbTaskRulesTest {

    private static final String REPORT = "JB20261102000001";
    private static final Map<String, Object> VARIABLES = Map.of(Vars.INVESTIGATOR.name(), "wb-investigator",
            Vars.EXTENSION_REQUESTED_BY.name(), "wb-investigator2");

    /** InvolvedPersons with its answer fixed: the rule under test is WbTaskRules', not the table lookup. */
    private static final class Involved extends InvolvedPersons {
        private final Set<String> users;

        Involved(String... users) {
            super(null, null, null, null);
            this.users = Set.of(users);
        }

        @Override
        public boolean isInvolved(String reportNumber, String userId) {
            return REPORT.equals(reportNumber) && users.contains(userId);
        }
    }

    private final WbTaskRules rules = new WbTaskRules(new Involved("wb-custodian"));

    private static TaskAction action(Kind kind, String actor, String target, String process, String activity) {
        return new TaskAction(kind, actor, target, new TaskFacts("t1", "task", process, activity, REPORT, null,
                VARIABLES::get));
    }

    private static TaskAction action(Kind kind, String actor, String target, String activity) {
        return action(kind, actor, target, WbProcess.KEY, activity);
    }

    @Test
    void anInvolvedPersonNeitherActsOnNorIsGivenATaskOfTheReport() {
        assertThatThrownBy(() -> rules.check(action(Kind.OTHER, "wb-custodian", null, Elements.ASSESS)))
                .isInstanceOf(TaskRuleViolation.class).hasMessageContaining("独立性");
        assertThatThrownBy(() -> rules.check(action(Kind.TAKE, "wb-intake", "wb-custodian", Elements.INVESTIGATE)))
                .isInstanceOf(TaskRuleViolation.class).hasMessageContaining("独立性");
        assertThatCode(() -> rules.check(action(Kind.TAKE, "wb-intake", "wb-investigator2", Elements.INVESTIGATE)))
                .doesNotThrowAnyException();
    }

    @Test
    void theInvestigatorNeitherTakesNorCompletesTheDecisionAnotherMemberDoes() {
        assertThatThrownBy(() -> rules.check(action(Kind.TAKE, "wb-committee", "wb-investigator", Elements.DECIDE)))
                .isInstanceOf(TaskRuleViolation.class).hasMessageContaining("四眼原则");
        assertThatThrownBy(() -> rules.check(action(Kind.COMPLETE, "wb-investigator", null, Elements.DECIDE)))
                .isInstanceOf(TaskRuleViolation.class).hasMessageContaining("investigator");
        assertThatCode(() -> rules.check(action(Kind.COMPLETE, "wb-committee", null, Elements.DECIDE)))
                .doesNotThrowAnyException();
        // reading the decision task is no decision
        assertThatCode(() -> rules.check(action(Kind.OTHER, "wb-investigator", null, Elements.DECIDE)))
                .doesNotThrowAnyException();
    }

    @Test
    void theRequesterNeitherTakesNorApprovesTheirExtensionTheInvestigatorWhoDidNotAskMay() {
        assertThatThrownBy(() -> rules.check(action(Kind.TAKE, null, "wb-investigator2", Elements.APPROVE_EXTENSION)))
                .isInstanceOf(TaskRuleViolation.class).hasMessageContaining("requester of the extension");
        assertThatThrownBy(() -> rules.check(action(Kind.COMPLETE, "wb-investigator2", null, Elements.APPROVE_EXTENSION)))
                .isInstanceOf(TaskRuleViolation.class);
        assertThatCode(() -> rules.check(action(Kind.COMPLETE, "wb-investigator", null, Elements.APPROVE_EXTENSION)))
                .doesNotThrowAnyException();
    }

    @Test
    void tasksOfOtherProcessesAreNotTheseRulesConcern() {
        assertThatCode(() -> rules.check(action(Kind.COMPLETE, "wb-custodian", null, "complaint-handling", Elements.DECIDE)))
                .doesNotThrowAnyException();
    }
}
