package com.casedesk.process;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * One process variable, declared once with its name and type in a process's declaration class
 * ({@code ComplaintProcess.Vars}, {@code WbProcess.Vars}, …). Every read and write of a variable goes
 * through its declaration (ArchUnit: {@code ArchitectureTest}), so a name is never spelled twice and a
 * value never needs a cast at the call site.
 *
 * <p>The name is an API: running instances, older model versions and process owners' models refer to
 * it. Rename a declaration's Java field freely, never its name.
 *
 * <p>Numbers arrive from forms as {@code Long} and from Java as {@code Integer}; an integer or long
 * declaration reads either. A value of another type is a fault in a model or a form and is reported
 * with the variable's name rather than as a {@code ClassCastException} far away.
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Class<?> type;
    private final Function<Object, T> reader;

    private ProcessVariable(String name, Class<?> type, Function<Object, T> reader) {
        this.name = name;
        this.type = type;
        this.reader = reader;
    }

    public static ProcessVariable<String> string(String name) {
        return of(name, String.class);
    }

    public static ProcessVariable<Boolean> bool(String name) {
        return of(name, Boolean.class);
    }

    public static ProcessVariable<Date> date(String name) {
        return of(name, Date.class);
    }

    public static ProcessVariable<Integer> integer(String name) {
        return new ProcessVariable<>(name, Number.class, v -> ((Number) v).intValue());
    }

    public static ProcessVariable<Long> longValue(String name) {
        return new ProcessVariable<>(name, Number.class, v -> ((Number) v).longValue());
    }

    public static ProcessVariable<Double> doubleValue(String name) {
        return new ProcessVariable<>(name, Number.class, v -> ((Number) v).doubleValue());
    }

    /** A list, e.g. a multi-instance collection; its elements are not checked one by one. */
    @SuppressWarnings("unchecked")
    public static <E> ProcessVariable<List<E>> list(String name, Class<E> element) {
        return new ProcessVariable<>(name, List.class, v -> (List<E>) v);
    }

    /** A map, e.g. a decision table's single result before it is read into a record. */
    @SuppressWarnings("unchecked")
    public static ProcessVariable<Map<String, Object>> map(String name) {
        return new ProcessVariable<>(name, Map.class, v -> (Map<String, Object>) v);
    }

    public static <T> ProcessVariable<T> of(String name, Class<T> type) {
        return new ProcessVariable<>(name, type, type::cast);
    }

    public String name() {
        return name;
    }

    /** The value, or {@code null} where the variable is absent or null. */
    public T get(VariableScope scope) {
        return convert(scope.getVariable(name));
    }

    public T getLocal(VariableScope scope) {
        return convert(scope.getVariableLocal(name));
    }

    /**
     * The value as a form or REST call submitted it, its type not checked: for validating a worker's input
     * ({@code TaskInput}), where a wrong type is the worker's error (a 400) rather than a fault in the model.
     */
    public Object submitted(VariableScope scope) {
        return scope.getVariable(name);
    }

    /** The value, or {@code fallback} where the variable is absent or null. */
    public T get(VariableScope scope, T fallback) {
        T value = get(scope);
        return value == null ? fallback : value;
    }

    /** The value; absence is a fault in the model that must not pass silently. */
    public T require(VariableScope scope) {
        T value = get(scope);
        if (value == null) {
            throw new IllegalStateException("process variable " + name + " is not set");
        }
        return value;
    }

    public boolean isSet(VariableScope scope) {
        return scope.hasVariable(name);
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, value);
    }

    public void remove(VariableScope scope) {
        scope.removeVariable(name);
    }

    public T get(RuntimeService runtime, String executionId) {
        return convert(runtime.getVariable(executionId, name));
    }

    public void set(RuntimeService runtime, String executionId, T value) {
        runtime.setVariable(executionId, name, value);
    }

    public T get(TaskService tasks, String taskId) {
        return convert(tasks.getVariable(taskId, name));
    }

    public void set(TaskService tasks, String taskId, T value) {
        tasks.setVariable(taskId, name, value);
    }

    public void setLocal(TaskService tasks, String taskId, T value) {
        tasks.setVariableLocal(taskId, name, value);
    }

    /** The value in a map of variables (a start form, a query result, a history entry). */
    public T from(Map<String, ?> variables) {
        return convert(variables.get(name));
    }

    /** Adds the value to a map of variables being built, e.g. for a process start. */
    public VariableMap put(VariableMap variables, T value) {
        return variables.putValue(name, value);
    }

    private T convert(Object value) {
        if (value == null) {
            return null;
        }
        if (!type.isInstance(value)) {
            throw new IllegalStateException("process variable " + name + " holds a " + value.getClass().getSimpleName()
                    + ", declared as " + type.getSimpleName());
        }
        return reader.apply(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
