package com.casedesk.process;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.joda.time.DateTime;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * What an expression may reach (docs/security.md, Threat model). The engine evaluates expressions in
 * two places, and each gets a closed allow-list:
 * <ul>
 *   <li>queries (stored filters, and ad-hoc task queries at any nesting): {@code currentUser()},
 *   {@code currentUserGroups()}, {@code now()}, {@code dateTime()}, {@code workingDaysFromNow(n)} ({@link QueryCalendar},
 *   1 ≤ n ≤ 60) and the {@code plus…}/{@code minus…}/
 *   {@code toDate()} methods of the {@link DateTime} it returns; no identifier at all;</li>
 *   <li>models and decision tables: process variables, beans marked {@link ModelFacing} and the public
 *   methods their own class declares, and the same date functions.</li>
 * </ul>
 * Everything else is refused: any other bean, the engine objects JUEL exposes ({@code execution},
 * {@code task}, …), property access (JUEL calls getters: {@code ''.class}) and method calls on any other
 * object ({@code ''.getClass()}). {@link GuardedExpressionManager} applies this check before the engine
 * evaluates an expression and resolves only the same things while it does.
 *
 * <p>{@link #problems(String)} is the static check of a model's expression, for validating a deployment
 * before it is accepted; an identifier that names neither a bean nor a reserved word is taken for a
 * process variable.
 */
@Component
public class ExpressionPolicy {

    /** The message every refusal answers with: it never tells whether a named bean exists. */
    public static final String REFUSED = "表达式不被允许 (expression not allowed)";

    static final Set<String> QUERY_FUNCTIONS = Set.of("currentUser", "currentUserGroups", "now", "dateTime",
            QueryCalendar.WORKING_DAYS_FROM_NOW);
    static final Set<String> MODEL_FUNCTIONS = Set.of("now", "dateTime");
    /** Names the stock resolver maps to engine objects, from which the whole engine API is reachable. */
    static final Set<String> RESERVED = Set.of("execution", "task", "caseExecution", "externalTask",
            "authenticatedUserId", "variableScope", "processEngine", "processEngineServices");
    private static final Pattern DATE_TIME_METHOD = Pattern.compile("(plus|minus)[A-Z][A-Za-z]*|plus|minus|toDate");
    private static final int MAX_CACHED = 10_000;

    private enum Where { QUERY, MODEL }

    private final ListableBeanFactory beans;
    private final Map<String, List<String>> queryVerdicts = new ConcurrentHashMap<>();
    private final Map<String, List<String>> modelVerdicts = new ConcurrentHashMap<>();
    private final Map<Class<?>, Set<String>> declaredMethods = new ConcurrentHashMap<>();
    private volatile Set<String> modelFacingBeans;

    public ExpressionPolicy(ListableBeanFactory beans) {
        this.beans = beans;
    }

    /**
     * Why a model's or decision table's expression (JUEL text such as {@code ${wbClock.assessmentDue(receivedAt)}},
     * or plain text) would be refused; empty when it is allowed.
     */
    public List<String> problems(String expressionText) {
        return verdict(modelVerdicts, expressionText, Where.MODEL);
    }

    /** Why an expression in a task query or filter would be refused; empty when it is allowed. */
    public List<String> queryProblems(String expressionText) {
        return verdict(queryVerdicts, expressionText, Where.QUERY);
    }

    /** The names of the beans models may reference. */
    public Set<String> modelFacingBeans() {
        Set<String> names = modelFacingBeans;
        if (names == null) {
            names = Set.copyOf(Arrays.asList(beans.getBeanNamesForAnnotation(ModelFacing.class)));
            modelFacingBeans = names;
        }
        return names;
    }

    boolean isModelFacingBean(String name) {
        return modelFacingBeans().contains(name);
    }

    Object modelFacingBean(String name) {
        return beans.getBean(name);
    }

    /** Whether evaluation may call {@code method} on {@code base}: a model-facing bean's own method or date arithmetic. */
    boolean allowsCall(Object base, String method) {
        if (base instanceof DateTime) {
            return DATE_TIME_METHOD.matcher(method).matches();
        }
        Class<?> type = ClassUtils.getUserClass(base);
        return AnnotatedElementUtils.hasAnnotation(type, ModelFacing.class) && ownMethods(type).contains(method);
    }

    private List<String> verdict(Map<String, List<String>> cache, String text, Where where) {
        if (text == null) {
            return List.of();
        }
        List<String> verdict = cache.get(text);
        if (verdict == null) {
            verdict = check(text, where);
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(text, verdict);
        }
        return verdict;
    }

    private List<String> check(String text, Where where) {
        Node root;
        try {
            // the features the engine's expression factory parses with, so both read the same tree
            root = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS).build(text).getRoot();
        } catch (RuntimeException e) {
            return List.of("not a valid expression: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        walk(root, where, problems);
        return List.copyOf(problems.stream().distinct().toList());
    }

    private void walk(Node node, Where where, List<String> problems) {
        if (node instanceof AstMethod call) {
            Node target = call.getChild(0);
            if (target instanceof AstDot dot) {
                Node base = dot.getChild(0);
                String method = name(dot);
                if (!callAllowed(base, method, where)) {
                    problems.add("method call '" + method + "' on something other than "
                            + (where == Where.MODEL ? "a model-facing bean or " : "") + "dateTime()");
                }
                walk(base, where, problems);
            } else {
                problems.add("computed method name");
                walkChildren(target, where, problems);
            }
            walk(call.getChild(1), where, problems);
            return;
        }
        if (node instanceof AstDot || node instanceof AstBracket) {
            problems.add("property access '" + node + "' (getters are method calls)");
            walkChildren(node, where, problems);
            return;
        }
        if (node instanceof AstIdentifier identifier) {
            identifierProblem(identifier.getName(), where).ifPresent(problems::add);
            return;
        }
        if (node instanceof AstFunction function) {
            Set<String> allowed = where == Where.QUERY ? QUERY_FUNCTIONS : MODEL_FUNCTIONS;
            if (!allowed.contains(function.getName())) {
                problems.add("function '" + function.getName() + "()' (allowed: "
                        + allowed.stream().sorted().map(f -> f + "()").collect(Collectors.joining(", ")) + ")");
            }
        }
        walkChildren(node, where, problems);
    }

    private void walkChildren(Node node, Where where, List<String> problems) {
        for (int i = 0; i < node.getCardinality(); i++) {
            walk(node.getChild(i), where, problems);
        }
    }

    private java.util.Optional<String> identifierProblem(String name, Where where) {
        if (where == Where.QUERY) {
            return java.util.Optional.of("identifier '" + name + "' (queries may use functions only)");
        }
        if (RESERVED.contains(name)) {
            return java.util.Optional.of("'" + name + "' (engine objects are not reachable from models)");
        }
        if (!isModelFacingBean(name) && beans.containsBean(name)) {
            return java.util.Optional.of("'" + name + "' is not a model-facing bean");
        }
        return java.util.Optional.empty(); // a model-facing bean or a process variable
    }

    private boolean callAllowed(Node base, String method, Where where) {
        if (yieldsDateTime(base)) {
            return DATE_TIME_METHOD.matcher(method).matches();
        }
        if (where == Where.MODEL && base instanceof AstIdentifier identifier && isModelFacingBean(identifier.getName())) {
            Class<?> type = beans.getType(identifier.getName());
            return type != null && ownMethods(ClassUtils.getUserClass(type)).contains(method);
        }
        return false;
    }

    private boolean yieldsDateTime(Node node) {
        while (node instanceof AstNested) {
            node = node.getChild(0);
        }
        if (node instanceof AstFunction function) {
            return "dateTime".equals(function.getName());
        }
        if (node instanceof AstMethod call && call.getChild(0) instanceof AstDot dot) {
            String method = name(dot);
            return !"toDate".equals(method) && DATE_TIME_METHOD.matcher(method).matches() && yieldsDateTime(dot.getChild(0));
        }
        return false;
    }

    /** The public instance methods the class itself declares: not Object's, not inherited framework methods. */
    private Set<String> ownMethods(Class<?> type) {
        return declaredMethods.computeIfAbsent(type, t -> Arrays.stream(t.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.isSynthetic() && !m.isBridge())
                .map(Method::getName)
                .collect(Collectors.toUnmodifiableSet()));
    }

    private static String name(AstDot dot) {
        return dot.toString().substring(2); // AstDot prints ". name"
    }
}
