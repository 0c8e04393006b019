package com.casedesk.process;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Every variable a model's expressions read (conditions, due dates, routing, timers, parameters) is written
 * by someone: the service (a variable its code declares, {@code *Process.Vars}), a field of the form of one
 * of the model's user tasks, a decision's result variable, or a parameter the model itself defines. A
 * misspelt variable ({@code ${levelX == 1}}) would otherwise fail on the first case that reaches it. A fact
 * the case starts with only for the grading decision ({@code *Process.StartFacts}) is refused with its own
 * reason: it is gone after the first wait state.
 */
final class VariableReadCheck implements QualityCheck {

    static final String NAME = "变量 variable";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final Set<String> NOT_READ = Set.of("documentation", "text", "textAnnotation");
    private static final Set<String> NAMES_NOT_EXPRESSIONS = Set.of("class", "formRef", "formKey", "decisionRef",
            "calledElement", "resultVariable", "elementVariable", "variableName");

    @Override
    public void check(GateModels models, GateFindings findings) {
        for (GateModels.Model model : models.models) {
            Set<String> written = written(models, model);
            walk(model.dom().getDocumentElement(), written, models.release.java().startFacts(), model.resource(), findings);
        }
    }

    private static Set<String> written(GateModels models, GateModels.Model model) {
        Set<String> written = new HashSet<>(models.release.java().variables());
        written.addAll(models.modelFacingBeans);
        for (UserTask task : model.model().getModelElementsByType(UserTask.class)) {
            String ref = task.getCamundaFormRef();
            if (ref != null && !ref.isBlank()) {
                models.resolveForm(ref, task.getCamundaFormRefBinding(), task.getCamundaFormRefVersion())
                        .ifPresent(form -> written.addAll(form.editable()));
            }
        }
        for (BusinessRuleTask task : model.model().getModelElementsByType(BusinessRuleTask.class)) {
            if (task.getCamundaResultVariable() != null) {
                written.add(task.getCamundaResultVariable());
            }
        }
        for (String local : new String[] {"inputParameter", "outputParameter"}) {
            var params = model.dom().getElementsByTagNameNS(CAMUNDA, local);
            for (int i = 0; i < params.getLength(); i++) {
                written.add(((Element) params.item(i)).getAttribute("name"));
            }
        }
        for (String local : new String[] {"in", "out"}) {
            var mappings = model.dom().getElementsByTagNameNS(CAMUNDA, local);
            for (int i = 0; i < mappings.getLength(); i++) {
                written.add(((Element) mappings.item(i)).getAttribute("target"));
            }
        }
        var all = model.dom().getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            String element = ((Element) all.item(i)).getAttributeNS(CAMUNDA, "elementVariable");
            if (!element.isBlank()) {
                written.add(element);
            }
        }
        return written;
    }

    private static void walk(Element element, Set<String> written, Set<String> startFacts, String resource,
                             GateFindings findings) {
        if (NOT_READ.contains(element.getLocalName())) {
            return;
        }
        String id = ModelXml.elementId(element);
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            if (!NAMES_NOT_EXPRESSIONS.contains(name)) {
                read(attribute.getValue(), id, written, startFacts, resource, findings);
            }
        }
        for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                walk(e, written, startFacts, resource, findings);
            } else if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE
                    || child.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
                read(child.getNodeValue(), id, written, startFacts, resource, findings);
            }
        }
    }

    private static void read(String text, String id, Set<String> written, Set<String> startFacts, String resource,
                             GateFindings findings) {
        if (!ModelExpressions.isExpression(text)) {
            return;
        }
        Set<String> identifiers = new LinkedHashSet<>();
        try {
            identifiers(new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS).build(text).getRoot(),
                    identifiers);
        } catch (RuntimeException e) {
            return; // the safety rules report an expression that does not parse
        }
        identifiers.removeAll(written);
        identifiers.removeAll(ExpressionPolicy.RESERVED); // refused by the safety rules
        identifiers.stream().filter(startFacts::contains).forEach(fact -> findings.add(resource, id, NAME, "变量 " + fact
                + " 只在登记时供定级决策读取，不保存为流程变量 (variable " + fact + " is a fact only the grading decision reads"
                + " when a case starts; it is not kept as a process variable: the case file and the forms show it)"));
        identifiers.removeAll(startFacts);
        identifiers.forEach(variable -> findings.add(resource, id, NAME, "变量 " + variable
                + " 没有任何表单、决策或服务代码写入 (variable " + variable + " is read here but written by no form field, "
                + "decision or service code: misspelt?)"));
    }

    private static void identifiers(Node node, Set<String> found) {
        if (node instanceof AstIdentifier identifier) {
            found.add(identifier.getName());
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            identifiers(node.getChild(i), found);
        }
    }
}
