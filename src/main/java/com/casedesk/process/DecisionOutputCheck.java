package com.casedesk.process;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;

/**
 * Every decision output the process and the service read exists with the right type. The service reads a
 * decision's outputs by name (the grading delegate reads {@code level}, {@code major}, …): a new version of
 * a decision the release ships keeps each of the release's outputs under the same name and type; a business
 * rule task names a decision that exists, and one the release has keeps its result variable and mapping,
 * which the service reads, and still gets the outputs the release's table gives it.
 */
final class DecisionOutputCheck implements QualityCheck {

    static final String NAME = "决策 decision";

    @Override
    public void check(GateModels models, GateFindings findings) {
        for (GateModels.Decision decision : models.decisions) {
            models.release.decision(decision.key()).ifPresent(shipped ->
                    keepsOutputs(shipped, decision, decision.resource(), decision.key(), findings));
        }
        for (GateModels.Model model : models.models) {
            for (BusinessRuleTask task : model.model().getModelElementsByType(BusinessRuleTask.class)) {
                businessRuleTask(models, model.resource(), task, findings);
            }
        }
    }

    private static void businessRuleTask(GateModels models, String resource, BusinessRuleTask task, GateFindings findings) {
        String ref = task.getCamundaDecisionRef();
        if (ref == null || ref.isBlank()) {
            return; // a delegate implements it: the safety rules judge that
        }
        Optional<GateModels.Decision> decision = models.resolveDecision(ref, task.getCamundaDecisionRefBinding());
        if (decision.isEmpty()) {
            findings.add(resource, task.getId(), NAME, "决策不存在 (decision not found): " + ref);
            return;
        }
        String processKey = GateModels.processKey(task);
        Optional<BusinessRuleTask> shipped = models.release.process(processKey)
                .map(m -> m.getModelElementById(task.getId())).filter(BusinessRuleTask.class::isInstance)
                .map(BusinessRuleTask.class::cast);
        if (shipped.isEmpty()) {
            return;
        }
        BusinessRuleTask before = shipped.get();
        if (!Objects.equals(before.getCamundaResultVariable(), task.getCamundaResultVariable())) {
            findings.add(resource, task.getId(), NAME, "结果变量须为 " + before.getCamundaResultVariable()
                    + " (the service reads the result from variable " + before.getCamundaResultVariable() + ", not "
                    + task.getCamundaResultVariable() + ")");
        }
        if (!Objects.equals(mapping(before), mapping(task))) {
            findings.add(resource, task.getId(), NAME, "结果映射须为 " + mapping(before) + " (the service reads a "
                    + mapping(before) + " result, not " + mapping(task) + ")");
        }
        models.release.decision(before.getCamundaDecisionRef()).ifPresent(table ->
                keepsOutputs(table, decision.get(), resource, task.getId(), findings));
    }

    private static void keepsOutputs(GateModels.Decision shipped, GateModels.Decision now, String resource,
                                     String elementId, GateFindings findings) {
        Map<String, GateModels.Output> outputs = now.outputs().stream()
                .collect(Collectors.toMap(GateModels.Output::name, Function.identity(), (a, b) -> a));
        for (GateModels.Output expected : shipped.outputs()) {
            GateModels.Output actual = outputs.get(expected.name());
            if (actual == null) {
                findings.add(resource, elementId, NAME, "决策 " + now.key() + " 缺少输出 " + expected.name()
                        + " (decision output " + expected.name() + " (" + expected.typeRef() + ") is missing: the process "
                        + "and the service read it; outputs now: " + outputs.keySet() + ")");
            } else if (!expected.typeRef().equalsIgnoreCase(actual.typeRef())) {
                findings.add(resource, actual.id(), NAME, "决策输出 " + expected.name() + " 类型应为 " + expected.typeRef()
                        + " (decision output " + expected.name() + " must be of type " + expected.typeRef() + ", not "
                        + (actual.typeRef().isBlank() ? "(none)" : actual.typeRef()) + ")");
            }
        }
    }

    private static String mapping(BusinessRuleTask task) {
        String mapping = task.getCamundaMapDecisionResult();
        return mapping == null || mapping.isBlank() ? "resultList" : mapping;
    }
}
