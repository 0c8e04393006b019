package com.casedesk.process;

import camundajar.impl.scala.collection.immutable.List;
import camundajar.impl.scala.collection.immutable.Map;
import camundajar.impl.scala.util.Either;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.api.EvaluationFailure;
import org.camunda.feel.api.EvaluationFailureType;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.impl.interpreter.EvaluationFailureCollector;
import org.camunda.feel.impl.interpreter.FeelInterpreter;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.syntaxtree.ValFatalError;
import org.camunda.feel.valuemapper.ValueMapper;

/**
 * Camunda's FEEL engine with each expression parsed once and the built-in functions built once.
 *
 * <p>The stock engine parses every input entry, input expression and output entry again on every
 * evaluation and builds the whole table of FEEL built-in functions for each one: 62 % of an intake's
 * CPU went there (docs/performance.md). A decision table's texts are few and fixed per deployed
 * version, so parsing them once changes nothing a process owner can see: the same parser, validator,
 * interpreter, value mapper and functions evaluate them, and errors read as before.
 */
public class CachingFeelEngine extends ScalaFeelEngine {

    /** Far above the number of distinct texts in the deployed tables; a bound against unbounded growth. */
    static final int MAX_CACHED = 10_000;

    private final ConcurrentHashMap<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();
    private final FeelInterpreter interpreter;
    private final ValueMapper valueMapper;
    private final FunctionProvider functions;

    public CachingFeelEngine(java.util.List<FeelCustomFunctionProvider> functionProviders) {
        super(functionProviders);
        valueMapper = feelEngine.valueMapper();
        interpreter = new FeelInterpreter(valueMapper);
        functions = new FunctionProvider.CompositeFunctionProvider(
                toScalaList(new BuiltinFunctions(feelEngine.clock(), valueMapper), feelEngine.functionProvider()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
        ParsedExpression parsed = parsed(expressions, expression, false);
        return (T) evaluate(parsed, new ContextVariableWrapper(variableContext));
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
        ParsedExpression parsed = parsed(unaryTests, expression, true);
        VariableProvider input = new VariableProvider.StaticVariableProvider(
                new Map.Map1<>(INPUT_VARIABLE_NAME, inputVariable));
        VariableProvider variables = new VariableProvider.CompositeVariableProvider(
                toScalaList(input, new ContextVariableWrapper(variableContext)));
        return Boolean.TRUE.equals(evaluate(parsed, variables));
    }

    int cachedCount() {
        return expressions.size() + unaryTests.size();
    }

    private ParsedExpression parsed(ConcurrentHashMap<String, ParsedExpression> cache, String text, boolean unary) {
        ParsedExpression parsed = cache.get(text);
        if (parsed != null) {
            return parsed;
        }
        Either<FeelEngine.Failure, ParsedExpression> result =
                unary ? feelEngine.parseUnaryTests(text) : feelEngine.parseExpression(text);
        if (result.isLeft()) {
            throw LOGGER.evaluationException(result.left().get().message());
        }
        parsed = result.toOption().get();
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(text, parsed);
        return parsed;
    }

    /** What {@code FeelEngine.evaluate} does, with the root context's functions built once. */
    private Object evaluate(ParsedExpression parsed, VariableProvider variables) {
        EvalContext context = new EvalContext(valueMapper, variables, functions, new EvaluationFailureCollector());
        Val value;
        try {
            value = interpreter.eval(parsed.expression(), context);
        } catch (RuntimeException e) {
            throw LOGGER.evaluationException("failed to evaluate expression '" + parsed.text() + "' : " + e);
        }
        List<EvaluationFailure> failures = context.failureCollector().failures();
        var assertion = failures.find(f -> f.failureType() == EvaluationFailureType.ASSERT_FAILURE$.MODULE$);
        if (assertion.isDefined()) {
            throw LOGGER.evaluationException("Assertion failure on evaluate the expression '" + parsed.text() + "': "
                    + assertion.get().failureMessage());
        }
        if (value instanceof ValError error) {
            throw LOGGER.evaluationException("failed to evaluate expression '" + parsed.text() + "': " + error.error());
        }
        if (value instanceof ValFatalError fatal) {
            throw LOGGER.evaluationException("failed to evaluate expression '" + parsed.text() + "': " + fatal.error());
        }
        return valueMapper.unpackVal(value);
    }
}
