package com.casedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The static reading of model expressions, without an engine: what a deployment may name. The beans
 * stand for the Spring context: {@code complaintClock} is model-facing, {@code runtimeService} is not.
 */
class ModelExpressionsTest {

    private static final ModelExpressions.Beans BEANS = new ModelExpressions.Beans() {
        @Override
        public boolean isBean(String name) {
            return Set.of("complaintClock", "runtimeService", "jdbcTemplate").contains(name);
        }

        @Override
        public boolean isModelFacing(String name) {
            return name.equals("complaintClock");
        }

        @Override
        public boolean declares(String beanName, String methodName) {
            return beanName.equals("complaintClock") && Set.of("reminderDue", "getProgressInterval").contains(methodName);
        }
    };

    @Test
    void variablesModelFacingBeansAndDateFunctionsAreAllowed() {
        for (String allowed : new String[] {"${level == 1 && !anonymous}", "${complaintClock.reminderDue(replyDueBy)}",
                "${complaintClock.progressInterval}", "${dateTime().plusDays(3).toDate()}", "${now()}",
                "${execution.setVariable('x', complaintClock.reminderDue(replyDueBy))}", "${execution.processBusinessKey}",
                "P10D", "literal text"}) {
            assertThat(ModelExpressions.problems(allowed, BEANS)).as(allowed).isEmpty();
        }
    }

    @Test
    void otherBeansEngineObjectsAndCallsOnValuesAreRefused() {
        assertThat(ModelExpressions.problems("${runtimeService}", BEANS)).singleElement().asString().contains("runtimeService");
        assertThat(ModelExpressions.problems("${jdbcTemplate.update('delete from audit_log')}", BEANS))
                .singleElement().asString().contains("jdbcTemplate");
        assertThat(ModelExpressions.problems("${complaintClock.getClass()}", BEANS)).singleElement().asString().contains("getClass");
        assertThat(ModelExpressions.problems("${execution.processEngineServices}", BEANS)).isNotEmpty();
        assertThat(ModelExpressions.problems("${execution.getProcessEngine()}", BEANS)).isNotEmpty();
        assertThat(ModelExpressions.problems("${task.execution.processEngineServices}", BEANS)).isNotEmpty();
        assertThat(ModelExpressions.problems("${amount.class.forName('java.lang.Runtime')}", BEANS)).isNotEmpty();
        assertThat(ModelExpressions.problems("${''.getClass()}", BEANS)).isNotEmpty();
        assertThat(ModelExpressions.problems("${complaintClock['reminderDue']}", BEANS)).isNotEmpty();
        assertThat(ModelExpressions.problems("${complaintClock[name](x)}", BEANS)).isNotEmpty();
        assertThat(ModelExpressions.problems("${dateTime().toString()}", BEANS)).isNotEmpty();
        assertThat(ModelExpressions.problems("${currentUser()}", BEANS)).isNotEmpty();
        assertThat(ModelExpressions.problems("${externalTask}", BEANS)).isNotEmpty();
        assertThat(ModelExpressions.problems("${x == 1} #{y}", BEANS)).singleElement().asString().contains("cannot be parsed");
    }
}
