package com.casedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The static reading of model expressions, without an engine: what a deployment may name. The beans
 * stand for the Spring context: {@code complaintClock} is model-facing, {@code runtimeService} is not.
 */
@UnitTest
class ModelExpressionsTest {

    private static final ModelExpressions.Beans BEANS = new StandInBeans(Map.of("complaintClock", StandInBeans.Clock.class,
            "runtimeService", StandInBeans.NotModelFacing.class, "jdbcTemplate", StandInBeans.NotModelFacing.class));

    @Test
    void variablesModelFacingBeansAndDateFunctionsAreAllowed() {
        for (String allowed : new String[] {"${level == 1 && !anonymous}", "${complaintClock.reminderDue(replyDueBy)}",
                "${dateTime().plusDays(3).toDate()}", "${now()}", "P10D", "literal text"}) {
            assertThat(ModelExpressions.problems(allowed, BEANS)).as(allowed).isEmpty();
        }
    }

    @Test
    void otherBeansEngineObjectsAndCallsOnValuesAreRefused() {
        assertThat(ModelExpressions.problems("${runtimeService}", BEANS)).singleElement().asString().contains("runtimeService");
        assertThat(ModelExpressions.problems("${jdbcTemplate.update('delete from audit_log')}", BEANS))
                .anySatisfy(problem -> assertThat(problem).contains("jdbcTemplate"));
        assertThat(ModelExpressions.problems("${complaintClock.getClass()}", BEANS)).singleElement().asString().contains("getClass");
        assertThat(ModelExpressions.problems("${execution.processEngineServices}", BEANS)).isNotEmpty();
        // the engine objects are out of reach altogether, their variable accessors and getters included
        assertThat(ModelExpressions.problems("${execution.setVariable('x', complaintClock.reminderDue(replyDueBy))}", BEANS)).isNotEmpty();
        assertThat(ModelExpressions.problems("${execution.processBusinessKey}", BEANS)).isNotEmpty();
        assertThat(ModelExpressions.problems("${complaintClock.progressInterval}", BEANS)).isNotEmpty();
        assertThat(ModelExpressions.problems("${execution.getProcessEngine()}", BEANS)).isNotEmpty();
        assertThat(ModelExpressions.problems("${task.execution.processEngineServices}", BEANS)).isNotEmpty();
        assertThat(ModelExpressions.problems("${amount.class.forName('java.lang.Runtime')}", BEANS)).isNotEmpty();
        assertThat(ModelExpressions.problems("${''.getClass()}", BEANS)).isNotEmpty();
        assertThat(ModelExpressions.problems("${complaintClock['reminderDue']}", BEANS)).isNotEmpty();
        assertThat(ModelExpressions.problems("${complaintClock[name](x)}", BEANS)).isNotEmpty();
        assertThat(ModelExpressions.problems("${dateTime().toString()}", BEANS)).isNotEmpty();
        assertThat(ModelExpressions.problems("${currentUser()}", BEANS)).isNotEmpty();
        assertThat(ModelExpressions.problems("${externalTask}", BEANS)).isNotEmpty();
        assertThat(ModelExpressions.problems("${x == 1} #{y}", BEANS)).singleElement().asString().contains("not a valid expression");
    }
}
