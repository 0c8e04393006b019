package com.casedesk.process;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.impl.spi.el.ElExpression;
import org.camunda.bpm.dmn.engine.impl.spi.el.ElProvider;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.el.CommandContextFunctions;
import org.camunda.bpm.engine.impl.el.DateTimeFunctions;
import org.camunda.bpm.engine.impl.el.Expression;
import org.camunda.bpm.engine.impl.el.JuelExpression;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ValueExpression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's expression manager, for BPMN, DMN (JUEL) and queries alike: every expression is checked
 * against {@link ExpressionPolicy} before it is evaluated, and evaluated with {@link GuardedElResolver},
 * which resolves nothing the policy does not allow. An expression evaluated without a variable scope is a
 * query's (a stored filter's or an ad-hoc task query's, at any {@code or} nesting): the engine evaluates
 * those with {@code getValue(null)}; everything else belongs to a model or a decision table.
 *
 * <p>A refused expression throws {@link ExpressionRefusedException} and is logged with its reasons here,
 * not in the answer: the caller learns only that it was refused.
 */
class GuardedExpressionManager extends JuelExpressionManager {

    private static final Logger log = LoggerFactory.getLogger(GuardedExpressionManager.class);

    private final ExpressionPolicy policy;

    GuardedExpressionManager(ExpressionPolicy policy) {
        super(null);
        this.policy = policy;
    }

    @Override
    public Expression createExpression(String expression) {
        return new GuardedExpression(parsed(expression), expression);
    }

    /**
     * A text JUEL cannot parse, or one that calls an unbound function, is refused like any other: the
     * parser's own error would surface as HTTP 500 from a query.
     */
    private ValueExpression parsed(String expression) {
        ensureInitialized();
        try {
            return createValueExpression(expression);
        } catch (ELException e) {
            log.warn("Refused expression {}: {}", expression, e.getMessage());
            throw new ExpressionRefusedException();
        }
    }

    /**
     * Only the engine's own user and date functions and our working-day bound ({@link QueryCalendar}) are bound; Spin's {@code S()}, {@code JSON()},
     * {@code XML()} and anything else a plugin registers are not, whatever name they come under.
     */
    @Override
    public void addFunction(String name, Method function) {
        boolean engineFunction = function.getDeclaringClass() == CommandContextFunctions.class
                || function.getDeclaringClass() == DateTimeFunctions.class
                || function.equals(QueryCalendar.function());
        if (engineFunction && (ExpressionPolicy.QUERY_FUNCTIONS.contains(name) || ExpressionPolicy.MODEL_FUNCTIONS.contains(name))) {
            super.addFunction(name, function);
        }
    }

    @Override
    protected ELResolver createElResolver() {
        return new GuardedElResolver(policy);
    }

    /** JUEL in decision tables goes through the same check and resolver. */
    @Override
    protected ElProvider createElProvider() {
        return expression -> {
            ValueExpression value = parsed(expression);
            return (ElExpression) variables -> {
                requireAllowed(expression, false);
                return value.getValue(createElContext(variables));
            };
        };
    }

    void requireAllowed(String expression, boolean query) {
        List<String> problems = query ? policy.queryProblems(expression) : policy.problems(expression);
        if (!problems.isEmpty()) {
            log.warn("Refused {} expression {}: {}", query ? "query" : "model", expression, problems);
            throw new ExpressionRefusedException();
        }
    }

    /** The resolver's refusal, which the engine wraps into a generic evaluation error. */
    private static Optional<ExpressionRefusedException> refusalIn(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ExpressionRefusedException refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }

    private final class GuardedExpression extends JuelExpression {

        GuardedExpression(ValueExpression valueExpression, String expressionText) {
            super(valueExpression, GuardedExpressionManager.this, expressionText);
        }

        @Override
        public Object getValue(VariableScope variableScope, BaseDelegateExecution contextExecution) {
            requireAllowed(expressionText, variableScope == null);
            try {
                return super.getValue(variableScope, contextExecution);
            } catch (ProcessEngineException e) {
                throw refusalIn(e).orElseThrow(() -> e);
            }
        }

        @Override
        public void setValue(Object value, VariableScope variableScope, BaseDelegateExecution contextExecution) {
            requireAllowed(expressionText, variableScope == null);
            try {
                super.setValue(value, variableScope, contextExecution);
            } catch (ProcessEngineException e) {
                throw refusalIn(e).orElseThrow(() -> e);
            }
        }
    }
}
