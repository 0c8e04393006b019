package com.casedesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.support.UnitTest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** Reading and writing through a declaration: the number widths, wrong types, absence and fallbacks. */
@UnitTest
class ProcessVariableTest {

    static final ProcessVariable<Integer> LEVEL = ProcessVariable.integer("level");
    static final ProcessVariable<Long> COUNT = ProcessVariable.longValue("count");
    static final ProcessVariable<String> CASE_NUMBER = ProcessVariable.string("caseNumber");
    static final ProcessVariable<Boolean> APPROVED = ProcessVariable.bool("approved");

    final Map<String, Object> variables = new HashMap<>();
    final VariableScope scope = scope(variables);

    @Test
    void anIntegerReadsWhatFormsSubmitAsLongAndJavaWritesAsInteger() {
        variables.put("level", 2L);
        assertThat(LEVEL.get(scope)).isEqualTo(2);
        variables.put("level", 3);
        assertThat(LEVEL.get(scope)).isEqualTo(3);
        variables.put("count", 7);
        assertThat(COUNT.get(scope)).isEqualTo(7L);
    }

    @Test
    void aValueOfAnotherTypeIsReportedWithTheVariablesName() {
        variables.put("level", "2");
        assertThatThrownBy(() -> LEVEL.get(scope)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("level").hasMessageContaining("String");
        variables.put("caseNumber", 42);
        assertThatThrownBy(() -> CASE_NUMBER.get(scope)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("caseNumber").hasMessageContaining("Integer");
        assertThatThrownBy(() -> CASE_NUMBER.from(Map.of("caseNumber", List.of()))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("caseNumber");
    }

    @Test
    void requireThrowsOnAnAbsentOrNullVariableOnlyAndNamesIt() {
        assertThatThrownBy(() -> CASE_NUMBER.require(scope)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("caseNumber");
        variables.put("caseNumber", null);
        assertThatThrownBy(() -> CASE_NUMBER.require(scope)).hasMessageContaining("caseNumber");
        variables.put("caseNumber", "TS-2026-0001");
        assertThat(CASE_NUMBER.require(scope)).isEqualTo("TS-2026-0001");
    }

    @Test
    void theFallbackStandsInForAnAbsentOrNullValueButNotForAStoredFalse() {
        assertThat(APPROVED.get(scope)).isNull();
        assertThat(APPROVED.get(scope, true)).isTrue();
        variables.put("approved", null);
        assertThat(APPROVED.get(scope, true)).isTrue();
        variables.put("approved", false);
        assertThat(APPROVED.get(scope, true)).isFalse();
    }

    @Test
    void writesGoUnderTheDeclaredNameAndAreReadBackTyped() {
        assertThat(LEVEL.isSet(scope)).isFalse();
        LEVEL.set(scope, 1);
        assertThat(variables).containsEntry("level", 1);
        assertThat(LEVEL.isSet(scope)).isTrue();
        LEVEL.remove(scope);
        assertThat(LEVEL.isSet(scope)).isFalse();
        assertThat(CASE_NUMBER.put(Variables.createVariables(), "TS-1")).containsEntry("caseNumber", "TS-1");
    }

    @Test
    void aSubmittedValueIsHandedOutUncheckedForInputValidation() {
        variables.put("approved", "true");
        assertThat(APPROVED.submitted(scope)).isEqualTo("true");
        assertThatThrownBy(() -> APPROVED.get(scope)).hasMessageContaining("approved");
    }

    /** Only what ProcessVariable calls; anything else is a test that needs an engine. */
    static VariableScope scope(Map<String, Object> variables) {
        return (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(), new Class<?>[] {VariableScope.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getVariable", "getVariableLocal" -> variables.get((String) args[0]);
                    case "hasVariable", "hasVariableLocal" -> variables.containsKey((String) args[0]);
                    case "setVariable", "setVariableLocal" -> {
                        variables.put((String) args[0], args[1]);
                        yield null;
                    }
                    case "removeVariable", "removeVariableLocal" -> {
                        variables.remove((String) args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
