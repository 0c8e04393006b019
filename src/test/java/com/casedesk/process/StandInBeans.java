package com.casedesk.process;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;

/**
 * A Spring context stood in for by a few bean definitions, read by the real {@link ExpressionPolicy}: the
 * deployment rules and the expression check without starting the service.
 */
final class StandInBeans implements ModelExpressions.Beans {

    private final ExpressionPolicy policy;

    StandInBeans(Map<String, Class<?>> beans) {
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        beans.forEach((name, type) -> factory.registerBeanDefinition(name, new RootBeanDefinition(type)));
        policy = new ExpressionPolicy(factory);
    }

    @Override
    public boolean isModelFacing(String name) {
        return policy.modelFacingBeans().contains(name);
    }

    @Override
    public List<String> problems(String expressionText) {
        return policy.problems(expressionText);
    }

    /** A model-facing bean with one method of its own, like the service's clocks. */
    @ModelFacing
    static class Clock {
        public java.util.Date reminderDue(java.util.Date due) {
            return due;
        }
    }

    /** Any other bean: the engine's services, a JDBC template. */
    static class NotModelFacing {
        public void update(String sql) {
        }
    }
}
