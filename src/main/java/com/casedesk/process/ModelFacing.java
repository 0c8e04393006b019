package com.casedesk.process;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring bean that BPMN models and decision tables may name in expressions: a delegate, a
 * listener, or a clock or policy whose public methods compute due dates and conditions. Deploying a
 * model is deploying code (docs/security.md, Threat model): the engine resolves no other bean, and a
 * deployment that names one is refused. A bean becomes reachable from models only by this annotation,
 * so the list of what a process owner can call is the list of classes that carry it.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ModelFacing {
}
