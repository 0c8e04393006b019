package com.casedesk.process;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNode;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * The deploy-time reading of an expression in a model (JUEL, as the engine parses it): what it may
 * name is process variables, the service's {@link ModelFacing} beans and the methods their classes
 * declare, {@code now()} and {@code dateTime()} with Joda's plus/minus methods, and on
 * {@code execution}/{@code task} only the variable accessors and a few ids. Everything else, in
 * particular any other Spring bean, {@code execution.getProcessEngineServices()} and method calls on
 * values ({@code ''.getClass()}), is a problem. The runtime guard of the expression manager enforces the
 * same when the expression is evaluated; this check exists so that a model that would fail there is
 * never accepted (and never reaches a job that runs it without a user).
 */
final class ModelExpressions {

    /** What the expression check needs to know about Spring beans. */
    interface Beans {
        boolean isBean(String name);

        boolean isModelFacing(String name);

        /** Whether the bean's own class (not Object) declares a public method of that name. */
        boolean declares(String beanName, String methodName);
    }

    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{");
    private static final Set<String> CONTEXT_OBJECTS = Set.of("execution", "task");
    /** Engine-provided names a model has no business with (other scopes, the engine's internals). */
    private static final Set<String> FORBIDDEN_NAMES = Set.of("externalTask", "caseExecution", "variableScope",
            "processEngine", "processEngineConfiguration");
    private static final Set<String> VARIABLE_METHODS = Set.of("getVariable", "getVariableLocal", "setVariable",
            "setVariableLocal", "hasVariable", "hasVariableLocal", "getVariableTyped", "removeVariable",
            "removeVariableLocal");
    private static final Set<String> CONTEXT_PROPERTIES = Set.of("id", "processInstanceId", "processBusinessKey",
            "businessKey", "currentActivityId", "currentActivityName", "activityInstanceId", "eventName", "name",
            "assignee", "taskDefinitionKey", "processDefinitionId", "tenantId");
    private static final Set<String> DATE_FUNCTIONS = Set.of("now", "dateTime");
    private static final Pattern DATE_METHOD = Pattern.compile(
            "(plus|minus)(Years|Months|Weeks|Days|Hours|Minutes|Seconds|Millis)|toDate");

    private ModelExpressions() {
    }

    static boolean isExpression(String text) {
        return text != null && EXPRESSION.matcher(text).find();
    }

    /** Every problem of the expression text, in words for the process owner; empty if it is allowed. */
    static List<String> problems(String text, Beans beans) {
        if (!isExpression(text)) {
            return List.of();
        }
        Set<String> problems = new LinkedHashSet<>();
        try {
            check(PARSER.build(text).getRoot(), beans, problems);
        } catch (TreeBuilderException e) {
            problems.add("表达式无法解析 (expression cannot be parsed): " + e.getMessage());
        }
        return new ArrayList<>(problems);
    }

    private static void check(Node node, Beans beans, Set<String> problems) {
        if (node instanceof AstIdentifier identifier) {
            checkName(identifier.getName(), beans, problems);
        } else if (node instanceof AstMethod method) {
            checkMethod(method, beans, problems);
        } else if (node instanceof AstProperty property) {
            checkProperty(property, beans, problems);
        } else if (node instanceof AstFunction function) {
            if (!DATE_FUNCTIONS.contains(function.getName())) {
                problems.add("函数不可用 (function not allowed): " + function.getName() + "()");
            }
            children(node, 0, beans, problems);
        } else {
            children(node, 0, beans, problems);
        }
    }

    private static void children(Node node, int from, Beans beans, Set<String> problems) {
        for (int i = from; i < node.getCardinality(); i++) {
            check(node.getChild(i), beans, problems);
        }
    }

    private static void checkName(String name, Beans beans, Set<String> problems) {
        if (FORBIDDEN_NAMES.contains(name)) {
            problems.add("名称不可用 (name not allowed): " + name);
        } else if (!CONTEXT_OBJECTS.contains(name) && beans.isBean(name) && !beans.isModelFacing(name)) {
            problems.add("Bean 不可供模型使用 (bean is not model-facing): " + name);
        }
    }

    private static void checkMethod(AstMethod method, Beans beans, Set<String> problems) {
        AstProperty property = (AstProperty) method.getChild(0);
        Node base = property.getChild(0);
        String name = memberName(property);
        children(method, 1, beans, problems); // the arguments
        if (name == null) {
            problems.add("方法名必须是常量 (method name must be literal): " + method);
            check(base, beans, problems);
            return;
        }
        if (base instanceof AstIdentifier identifier) {
            String target = identifier.getName();
            if (CONTEXT_OBJECTS.contains(target)) {
                if (!VARIABLE_METHODS.contains(name)) {
                    problems.add("不可调用 (call not allowed): " + target + "." + name + "()");
                }
            } else if (beans.isModelFacing(target)) {
                if (!beans.declares(target, name)) {
                    problems.add("Bean 未声明此方法 (bean declares no such method): " + target + "." + name + "()");
                }
            } else if (beans.isBean(target) || FORBIDDEN_NAMES.contains(target)) {
                checkName(target, beans, problems);
            } else {
                problems.add("不可在变量上调用方法 (method call on a variable): " + target + "." + name + "()");
            }
        } else if (rootedInDateTime(base) && DATE_METHOD.matcher(name).matches()) {
            check(base, beans, problems);
        } else {
            problems.add("只能调用模型 Bean 的方法 (method call on a value): " + name + "()");
            check(base, beans, problems);
        }
    }

    private static void checkProperty(AstProperty property, Beans beans, Set<String> problems) {
        Node base = property.getChild(0);
        String name = memberName(property);
        if (property instanceof AstBracket) {
            check(property.getChild(1), beans, problems);
        }
        if (base instanceof AstIdentifier identifier) {
            String target = identifier.getName();
            if (CONTEXT_OBJECTS.contains(target)) {
                if (name == null || !CONTEXT_PROPERTIES.contains(name)) {
                    problems.add("不可访问 (property not allowed): " + target + "." + name);
                }
                return;
            }
            if (beans.isModelFacing(target)) {
                String getter = name == null ? null : Character.toUpperCase(name.charAt(0)) + name.substring(1);
                if (getter == null || !(beans.declares(target, "get" + getter) || beans.declares(target, "is" + getter))) {
                    problems.add("Bean 未声明此属性 (bean declares no such property): " + target + "." + name);
                }
                return;
            }
            if (beans.isBean(target) || FORBIDDEN_NAMES.contains(target)) {
                checkName(target, beans, problems);
                return;
            }
        }
        problems.add("不可访问属性 (property access on a value): " + (name == null ? "[...]" : name));
        check(base, beans, problems);
    }

    private static boolean rootedInDateTime(Node node) {
        if (node instanceof AstFunction function) {
            return function.getName().equals("dateTime");
        }
        if (node instanceof AstMethod method) {
            AstProperty property = (AstProperty) method.getChild(0);
            String name = memberName(property);
            return name != null && DATE_METHOD.matcher(name).matches() && rootedInDateTime(property.getChild(0));
        }
        return false;
    }

    /** {@code a.b} or {@code a['b']}: "b"; a computed member: null. */
    private static String memberName(AstProperty property) {
        if (property instanceof AstDot) {
            return property.toString().substring(2); // JUEL prints a dot as ". name"
        }
        AstNode key = (AstNode) property.getChild(1);
        if (key instanceof AstString) {
            return String.valueOf(key.eval(null, null));
        }
        return null;
    }
}
