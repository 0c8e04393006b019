package com.casedesk.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.process.ProcessVariable;
import com.casedesk.support.UnitTest;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/** What a worker may submit in a task form: lengths, required fields, yes/no answers and amounts at their edges. */
@UnitTest
class TaskInputTest {

    static final ProcessVariable<String> NOTE = ProcessVariable.string("note");
    static final ProcessVariable<Boolean> APPROVED = ProcessVariable.bool("approved");
    static final ProcessVariable<BigDecimal> AMOUNT = ProcessVariable.of("amount", BigDecimal.class);

    enum Outcome { SUBSTANTIATED, UNFOUNDED }

    final Map<String, Object> variables = new HashMap<>();
    final DelegateTask task = task(variables);

    @Test
    void aTextMayBeExactlyAsLongAsAllowedButNotOneCharacterLonger() {
        variables.put("note", "  " + "x".repeat(10) + "  ");
        assertThat(TaskInput.required(task, NOTE, 10)).isEqualTo("x".repeat(10));
        variables.put("note", "x".repeat(11));
        assertThatThrownBy(() -> TaskInput.required(task, NOTE, 10)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("note").hasMessageContaining("10");
    }

    @Test
    void aRequiredTextMustNotBeMissingOrBlankWhileAnOptionalOneMayBe() {
        assertThatThrownBy(() -> TaskInput.required(task, NOTE, 10)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("note").hasMessageContaining("答复");
        variables.put("note", "   ");
        assertThatThrownBy(() -> TaskInput.required(task, NOTE, 10)).isInstanceOf(BadUserRequestException.class);
        assertThat(TaskInput.optional(task, NOTE, 10)).isEmpty();
        variables.remove("note");
        assertThat(TaskInput.optional(task, NOTE, 10)).isNull();
    }

    @Test
    void anEnumAnswerMustBeOneOfItsValues() {
        variables.put("note", "UNFOUNDED");
        assertThat(TaskInput.requiredEnum(task, NOTE, Outcome.class)).isEqualTo(Outcome.UNFOUNDED);
        variables.put("note", "unfounded");
        assertThatThrownBy(() -> TaskInput.requiredEnum(task, NOTE, Outcome.class))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("SUBSTANTIATED");
    }

    @Test
    void aYesNoAnswerIsStoredAsABooleanAndOnlyTrueOrFalseCount() {
        variables.put("approved", "true");
        assertThat(TaskInput.requiredBoolean(task, APPROVED)).isTrue();
        assertThat(variables).containsEntry("approved", Boolean.TRUE);
        variables.put("approved", " false ");
        assertThat(TaskInput.requiredBoolean(task, APPROVED)).isFalse();
        assertThat(variables).containsEntry("approved", Boolean.FALSE);
        variables.put("approved", "yes");
        assertThatThrownBy(() -> TaskInput.requiredBoolean(task, APPROVED)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("approved");
        variables.remove("approved");
        assertThatThrownBy(() -> TaskInput.requiredBoolean(task, APPROVED)).isInstanceOf(BadUserRequestException.class);
    }

    @Test
    void aCheckboxLeftAloneIsFalseAndStoresNothing() {
        assertThat(TaskInput.optionalBoolean(task, APPROVED)).isFalse();
        assertThat(variables).doesNotContainKey("approved");
        variables.put("approved", "true");
        assertThat(TaskInput.optionalBoolean(task, APPROVED)).isTrue();
        assertThat(variables).containsEntry("approved", Boolean.TRUE);
    }

    @Test
    void anAmountRunsFromZeroToOneHundredBillionYuanRoundedToTheFen() {
        variables.put("amount", "0");
        assertThat(TaskInput.optionalAmount(task, AMOUNT)).isEqualByComparingTo("0.00");
        variables.put("amount", "100000000000");
        assertThat(TaskInput.optionalAmount(task, AMOUNT)).isEqualByComparingTo("100000000000.00");
        variables.put("amount", 12.345);
        assertThat(TaskInput.optionalAmount(task, AMOUNT)).isEqualTo(new BigDecimal("12.35"));
        variables.put("amount", "100000000000.01");
        assertThatThrownBy(() -> TaskInput.optionalAmount(task, AMOUNT)).isInstanceOf(BadUserRequestException.class);
        variables.put("amount", "-0.01");
        assertThatThrownBy(() -> TaskInput.optionalAmount(task, AMOUNT)).isInstanceOf(BadUserRequestException.class);
        variables.put("amount", "十元");
        assertThatThrownBy(() -> TaskInput.optionalAmount(task, AMOUNT)).hasMessageContaining("CNY");
        variables.put("amount", " ");
        assertThat(TaskInput.optionalAmount(task, AMOUNT)).isNull();
    }

    /** A task named 答复 with variables in a map: all TaskInput asks of a task. */
    static DelegateTask task(Map<String, Object> variables) {
        return (DelegateTask) Proxy.newProxyInstance(DelegateTask.class.getClassLoader(), new Class<?>[] {DelegateTask.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> "答复";
                    case "getVariable" -> variables.get((String) args[0]);
                    case "setVariable" -> {
                        variables.put((String) args[0], args[1]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
