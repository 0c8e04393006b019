package com.casedesk.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.LinkEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;

/**
 * The rules of CI's bpmnlint configuration (bpmnlint:recommended) whose breach changes what happens at run
 * time, done in Java over the parsed model, so an owner's deployment from Modeler meets them too (bpmnlint
 * itself stays in CI; no Node in production): start-event-required, end-event-required, no-disconnected
 * (and, beyond bpmnlint, a node nothing leads to), no-implicit-split, conditional-flows, fake-join,
 * no-duplicate-sequence-flows, no-gateway-join-fork, single-blank-start-event. Rules about looks (labels,
 * diagram interchange, superfluous gateways) stay CI's.
 */
final class RuntimeLintCheck implements QualityCheck {

    static final String NAME = "模型规则 lint";

    @Override
    public void check(GateModels models, GateFindings findings) {
        for (GateModels.Model model : models.models) {
            for (Process process : model.model().getModelElementsByType(Process.class)) {
                container(process.getId(), process.getFlowElements(), model.resource(), findings);
            }
            for (SubProcess sub : model.model().getModelElementsByType(SubProcess.class)) {
                container(sub.getId(), sub.getFlowElements(), model.resource(), findings);
            }
        }
    }

    private static void container(String id, Collection<FlowElement> elements, String resource, GateFindings out) {
        List<FlowNode> nodes = elements.stream().filter(FlowNode.class::isInstance).map(FlowNode.class::cast).toList();
        List<StartEvent> starts = nodes.stream().filter(StartEvent.class::isInstance).map(StartEvent.class::cast).toList();
        if (starts.isEmpty()) {
            out.add(resource, id, NAME, "缺少开始事件 (start-event-required: a start event is missing)");
        }
        if (starts.stream().filter(s -> s.getEventDefinitions().isEmpty()).count() > 1) {
            out.add(resource, id, NAME, "只能有一个空白开始事件 (single-blank-start-event: more than one blank start event)");
        }
        if (nodes.stream().noneMatch(EndEvent.class::isInstance)) {
            out.add(resource, id, NAME, "缺少结束事件 (end-event-required: an end event is missing)");
        }
        Set<String> flowPairs = new HashSet<>();
        for (FlowElement element : elements) {
            if (element instanceof SequenceFlow flow && flow.getSource() != null && flow.getTarget() != null
                    && !flowPairs.add(flow.getSource().getId() + "->" + flow.getTarget().getId() + "|" + condition(flow))) {
                out.add(resource, flow.getId(), NAME, "重复的顺序流 (no-duplicate-sequence-flows: another flow joins "
                        + flow.getSource().getId() + " to " + flow.getTarget().getId() + ")");
            }
        }
        // the engine follows sourceRef/targetRef; <incoming>/<outgoing> children are optional in BPMN
        Map<String, List<SequenceFlow>> incoming = new HashMap<>();
        Map<String, List<SequenceFlow>> leaving = new HashMap<>();
        for (FlowElement element : elements) {
            if (element instanceof SequenceFlow flow) {
                if (flow.getTarget() != null) {
                    incoming.computeIfAbsent(flow.getTarget().getId(), k -> new ArrayList<>()).add(flow);
                }
                if (flow.getSource() != null) {
                    leaving.computeIfAbsent(flow.getSource().getId(), k -> new ArrayList<>()).add(flow);
                }
            }
        }
        nodes.forEach(node -> node(node, incoming.getOrDefault(node.getId(), List.of()),
                leaving.getOrDefault(node.getId(), List.of()), resource, out));
    }

    private static void node(FlowNode node, List<SequenceFlow> in, List<SequenceFlow> outgoing, String resource,
                             GateFindings out) {
        boolean entered = node instanceof StartEvent || node instanceof BoundaryEvent || isEventSubProcess(node)
                || node instanceof Activity a && a.isForCompensation() || isLinkCatch(node);
        if (in.isEmpty() && outgoing.isEmpty() && !entered) {
            out.add(resource, node.getId(), NAME, "元素未连接 (no-disconnected: the element has no incoming or outgoing flow)");
        } else if (in.isEmpty() && !entered) {
            out.add(resource, node.getId(), NAME, "没有顺序流通向此元素，永远不会执行 (unreachable: no flow leads to the element)");
        }
        if (node instanceof Gateway) {
            if (in.size() > 1 && outgoing.size() > 1) {
                out.add(resource, node.getId(), NAME, "网关不得同时合并与分支 (no-gateway-join-fork: the gateway both joins "
                        + "and forks; use two gateways)");
            }
            if ((node instanceof ExclusiveGateway || node instanceof InclusiveGateway) && outgoing.size() > 1) {
                String defaultFlow = defaultFlow(node);
                for (SequenceFlow flow : outgoing) {
                    if (condition(flow).isEmpty() && !flow.getId().equals(defaultFlow)) {
                        out.add(resource, flow.getId(), NAME, "网关的出口既无条件也非默认流 (conditional-flows: a flow "
                                + "leaving gateway " + node.getId() + " has no condition and is not its default flow)");
                    }
                }
            }
            return;
        }
        if (outgoing.size() > 1) {
            String defaultFlow = defaultFlow(node);
            if (outgoing.stream().anyMatch(f -> condition(f).isEmpty() && !f.getId().equals(defaultFlow))) {
                out.add(resource, node.getId(), NAME, "隐式分支：多个出口请用网关 (no-implicit-split: several outgoing "
                        + "flows without conditions; use a gateway)");
            }
        }
        if (in.size() > 1) {
            out.add(resource, node.getId(), NAME, "隐式合并：多个入口请用网关 (fake-join: several incoming flows; the "
                    + "element would run once per flow; join with a gateway)");
        }
    }

    private static String defaultFlow(FlowNode node) {
        SequenceFlow flow = null;
        if (node instanceof ExclusiveGateway g) {
            flow = g.getDefault();
        } else if (node instanceof InclusiveGateway g) {
            flow = g.getDefault();
        } else if (node instanceof Activity a) {
            flow = a.getDefault();
        }
        return flow == null ? "" : flow.getId();
    }

    private static String condition(SequenceFlow flow) {
        ConditionExpression condition = flow.getConditionExpression();
        if (condition == null) {
            return "";
        }
        String text = condition.getTextContent();
        String resource = condition.getCamundaResource();
        return (text == null ? "" : text.trim()) + (resource == null ? "" : resource);
    }

    private static boolean isEventSubProcess(FlowNode node) {
        return node instanceof SubProcess sub && sub.triggeredByEvent();
    }

    private static boolean isLinkCatch(FlowNode node) {
        return node instanceof IntermediateCatchEvent e && e.getEventDefinitions().stream()
                .anyMatch(LinkEventDefinition.class::isInstance);
    }
}
