package com.casedesk.process;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * The only resolver of the guarded expression manager, in place of Spring's, which resolves every bean in
 * the application context, and JUEL's bean resolver, which calls any public method or getter of any
 * object. It resolves a name to a process variable or a model-facing bean, and calls a model-facing bean's
 * own methods and {@code dateTime()}'s arithmetic; everything else is refused before anything is called
 * (a name that is neither variable nor bean stays unresolved, which the engine reports as before).
 * {@link ExpressionPolicy} refuses such expressions before evaluation already: this is the second wall.
 */
class GuardedElResolver extends ELResolver {

    private final ExpressionPolicy policy;
    /** Invokes only what {@link ExpressionPolicy#allowsCall} admitted, with JUEL's argument coercion. */
    private final BeanELResolver invoker = new BeanELResolver(true);

    GuardedElResolver(ExpressionPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null || !(property instanceof String name) || ExpressionPolicy.RESERVED.contains(name)) {
            throw new ExpressionRefusedException();
        }
        Object scope = context.getContext(VariableScope.class);
        Object variables = context.getContext(VariableContext.class);
        if (scope == null && variables == null) {
            throw new ExpressionRefusedException(); // a query: functions only
        }
        if (scope instanceof VariableScope variableScope && variableScope.hasVariable(name)) {
            context.setPropertyResolved(true);
            return variableScope.getVariable(name);
        }
        if (variables instanceof VariableContext variableContext && variableContext.containsVariable(name)) {
            context.setPropertyResolved(true);
            TypedValue value = variableContext.resolve(name);
            return value == null ? null : value.getValue();
        }
        if (policy.isModelFacingBean(name)) {
            context.setPropertyResolved(true);
            return policy.modelFacingBean(name);
        }
        // unresolved, as with the stock resolvers: the engine reports an unknown property (a variable not set)
        return null;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || !policy.allowsCall(base, method.toString())) {
            throw new ExpressionRefusedException();
        }
        return invoker.invoke(context, base, method, paramTypes, params);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        throw new ExpressionRefusedException();
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        throw new ExpressionRefusedException();
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
