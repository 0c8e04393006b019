package com.casedesk.process;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The deploy-time reading of an expression in a model. What a model may name is decided in one place,
 * {@link ExpressionPolicy}, which the expression manager also enforces when an expression is evaluated:
 * the gate refuses at deploy time exactly what would be refused at run time, so a model that would fail
 * there is never accepted (and never reaches a job that runs it without a user).
 */
final class ModelExpressions {

    /** What the deployment rules need to know about Spring beans. */
    interface Beans {
        boolean isModelFacing(String name);

        /** Why the expression would be refused when evaluated ({@link ExpressionPolicy#problems}); empty if allowed. */
        List<String> problems(String expressionText);
    }

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{");

    private ModelExpressions() {
    }

    static boolean isExpression(String text) {
        return text != null && EXPRESSION.matcher(text).find();
    }

    /** Every problem of the expression text, in words for the process owner; empty if it is allowed. */
    static List<String> problems(String text, Beans beans) {
        return isExpression(text) ? beans.problems(text) : List.of();
    }
}
