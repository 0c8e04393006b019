package com.casedesk.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The rules a new model must pass before the engine accepts it (docs/processes.md, "Deploying a changed
 * model"). Reads the XML itself, before the engine parses it, so that every offending element is named
 * at once and nothing of a refused deployment reaches the database. Works per resource; the caller
 * gathers the problems of all resources of a deployment.
 */
final class DeploymentRules {

    /** One refused element: the id of the element (or of the nearest enclosing one) and the reason. */
    record Finding(String elementId, String reason) {
    }

    /** Who deploys and what the service itself defines. */
    record Context(ModelExpressions.Beans beans, Set<String> allowedClasses, Set<String> ownProcessKeys,
                   Set<String> sweepKeys, String deployingUser, Set<String> deployingGroups, boolean feelIsDefault) {
    }

    private static final Set<String> EXTENSION_NAMESPACES = Set.of("http://camunda.org/schema/1.0/bpmn",
            "http://activiti.org/bpmn");
    private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "formHandlerClass", "variableMappingClass");
    private static final Set<String> DELEGATE_ATTRIBUTES = Set.of("delegateExpression",
            "variableMappingDelegateExpression");
    private static final Set<String> START_TRIGGERS = Set.of("timerEventDefinition", "messageEventDefinition",
            "signalEventDefinition", "conditionalEventDefinition");
    private static final Set<String> NOT_EVALUATED = Set.of("documentation", "text", "textAnnotation");
    private static final Pattern BEAN_REFERENCE = Pattern.compile("\\s*\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}\\s*");
    private static final Pattern STRING_LITERAL = Pattern.compile("'([^']*)'|\"([^\"]*)\"");
    private static final Pattern PERFORMER = Pattern.compile("(?:user|group)\\(([^)]*)\\)");
    private static final Set<String> FEEL = Set.of("feel", "https://www.omg.org/spec/dmn/20191111/feel/",
            "https://www.omg.org/spec/dmn/20180521/feel/", "http://www.omg.org/spec/feel/20140401",
            "https://www.omg.org/spec/dmn/20211108/feel/", "https://www.omg.org/spec/dmn/20230324/feel/");
    private static final Set<String> DMN_EXPRESSIONS = Set.of("inputExpression", "inputEntry", "outputEntry",
            "literalExpression");

    private DeploymentRules() {
    }

    static boolean isBpmn(String resource) {
        return resource.endsWith(".bpmn") || resource.endsWith(".bpmn20.xml");
    }

    static boolean isDmn(String resource) {
        return resource.endsWith(".dmn") || resource.endsWith(".dmn11.xml");
    }

    static boolean isForm(String resource) {
        return resource.endsWith(".form");
    }

    static List<Finding> check(String resource, byte[] content, Context context) {
        if (!isBpmn(resource) && !isDmn(resource) && !isForm(resource)) {
            return List.of(new Finding(resource, "资源类型不接受，只接受 .bpmn、.dmn、.form (resource type not accepted: "
                    + "only .bpmn, .dmn and .form)"));
        }
        if (isForm(resource)) {
            return List.of(); // Camunda Forms are data for Tasklist; the engine evaluates nothing in them
        }
        Document document;
        try {
            document = ModelXml.parse(content);
        } catch (Exception e) {
            return List.of(new Finding(resource, "XML 无法读取 (XML cannot be read): " + e.getMessage()));
        }
        List<Finding> findings = new ArrayList<>();
        if (isBpmn(resource)) {
            walkBpmn(document.getDocumentElement(), context, findings);
        } else {
            walkDmn(document.getDocumentElement(), context, findings);
        }
        return findings;
    }

    // ---------------------------------------------------------------- BPMN

    private static void walkBpmn(Element element, Context context, List<Finding> findings) {
        String id = ModelXml.elementId(element);
        String name = element.getLocalName();
        boolean extension = element.getNamespaceURI() != null && EXTENSION_NAMESPACES.contains(element.getNamespaceURI());

        if (!extension) {
            switch (name) {
                case "scriptTask" -> findings.add(new Finding(id, "不允许脚本任务 (script tasks are not allowed)"));
                case "startEvent" -> checkStartEvent(element, id, context, findings);
                case "callActivity" -> checkCallActivity(element, id, context, findings);
                case "userTask" -> checkRouting(element, id, context, findings);
                default -> {
                }
            }
            if (element.hasAttribute("scriptFormat") && !name.equals("scriptTask")
                    || element.hasAttribute("language") && !name.equals("definitions")) {
                findings.add(new Finding(id, "不允许脚本 (scripts are not allowed): " + name));
            }
        } else {
            switch (name) {
                case "script" -> findings.add(new Finding(id, "不允许脚本监听器或脚本参数 (script listeners and script "
                        + "parameters are not allowed)"));
                case "connector" -> findings.add(new Finding(id, "不允许连接器 (connectors are not allowed)"));
                case "in", "out" -> {
                    if ("all".equals(element.getAttribute("variables"))) {
                        findings.add(new Finding(id, "调用活动不得传递全部变量 (call activity must not pass "
                                + "camunda:" + name + " variables=\"all\")"));
                    }
                }
                default -> {
                }
            }
        }
        checkAttributes(element, id, extension, context, findings);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                walkBpmn(e, context, findings);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                if (!NOT_EVALUATED.contains(name)) {
                    expression(child.getNodeValue(), id, context, findings);
                }
            }
        }
    }

    private static void checkAttributes(Element element, String id, boolean extensionElement, Context context,
                                        List<Finding> findings) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String value = attribute.getValue();
            String namespace = attribute.getNamespaceURI();
            boolean camunda = namespace == null ? extensionElement : EXTENSION_NAMESPACES.contains(namespace);
            String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            if (camunda && CLASS_ATTRIBUTES.contains(name)) {
                if (!context.allowedClasses().contains(value.trim())) {
                    findings.add(new Finding(id, "类不在允许列表中 (class not allowed): " + value));
                }
                continue;
            }
            if (camunda && DELEGATE_ATTRIBUTES.contains(name)) {
                Matcher bean = BEAN_REFERENCE.matcher(value);
                if (!bean.matches() || !context.beans().isModelFacing(bean.group(1))) {
                    findings.add(new Finding(id, "委托只能是模型 Bean (delegate must name a model-facing bean): " + value));
                }
                continue;
            }
            if (camunda && name.equals("type") && !extensionElement && "external".equals(value)) {
                findings.add(new Finding(id, "不允许外部任务 (external tasks are not allowed: no worker of this service "
                        + "serves them)"));
            }
            if (camunda && name.equals("formKey")) {
                String key = value.trim().toLowerCase(Locale.ROOT);
                if (key.startsWith("embedded:") || key.startsWith("app:")) {
                    findings.add(new Finding(id, "不允许嵌入式表单 (embedded: and app: form keys are not allowed, use a "
                            + "Camunda Form): " + value));
                }
            }
            if (camunda && name.equals("caseRef")) {
                findings.add(new Finding(id, "不允许调用 CMMN 案例 (calling a CMMN case is not allowed)"));
            }
            if (camunda && name.equals("resource")) {
                findings.add(new Finding(id, "不允许外部脚本资源 (external script resources are not allowed): " + value));
            }
            expression(value, id, context, findings);
        }
    }

    private static void checkStartEvent(Element start, String id, Context context, List<Finding> findings) {
        Element parent = (Element) start.getParentNode();
        if (!parent.getLocalName().equals("process")) {
            return; // an event sub-process's start needs a running instance of its process
        }
        String processKey = parent.getAttribute("id");
        for (Element definition : ModelXml.children(start)) {
            String trigger = definition.getLocalName();
            if (START_TRIGGERS.contains(trigger)
                    && !(trigger.equals("timerEventDefinition") && context.sweepKeys().contains(processKey))) {
                findings.add(new Finding(id, "只有本服务的定时巡检流程可以有此类开始事件 (only the service's own sweeps "
                        + context.sweepKeys() + " may start by " + trigger.replace("EventDefinition", "") + ")"));
            }
        }
    }

    private static void checkCallActivity(Element call, String id, Context context, List<Finding> findings) {
        String called = call.getAttribute("calledElement").trim();
        if (!context.ownProcessKeys().contains(called)) {
            findings.add(new Finding(id, "只能调用本服务自己的流程 (call activity may only call the service's own "
                    + "processes): " + (called.isEmpty() ? "(none)" : called)));
        }
    }

    /**
     * The deploying person may not route a task to themselves or to a group they are in: every user task
     * is a decision someone takes, and one the owner routes to their own group is an approval they can
     * grant themselves. Expressions ({@code ${handlingGroup}}) are resolved by the service at run time
     * and cannot be judged here.
     */
    private static void checkRouting(Element task, String id, Context context, List<Finding> findings) {
        if (context.deployingUser() == null) {
            return;
        }
        List<String> routed = new ArrayList<>();
        for (String attribute : List.of("candidateGroups", "candidateUsers", "assignee")) {
            for (Namespace ns : Namespace.values()) {
                routed.addAll(split(task.getAttributeNS(ns.uri, attribute)));
            }
        }
        for (Element performer : ModelXml.children(task)) {
            if (performer.getLocalName().equals("potentialOwner") || performer.getLocalName().equals("humanPerformer")) {
                Matcher m = PERFORMER.matcher(performer.getTextContent());
                boolean any = false;
                while (m.find()) {
                    routed.addAll(split(m.group(1)));
                    any = true;
                }
                if (!any) {
                    routed.addAll(split(performer.getTextContent()));
                }
            }
        }
        for (String target : routed) {
            if (target.equals(context.deployingUser()) || context.deployingGroups().contains(target)) {
                findings.add(new Finding(id, "任务不得派给部署者本人或其所在组 (a task must not be routed to the "
                        + "deploying person or a group they belong to): " + target));
            }
        }
    }

    private enum Namespace {
        CAMUNDA("http://camunda.org/schema/1.0/bpmn"), ACTIVITI("http://activiti.org/bpmn");

        final String uri;

        Namespace(String uri) {
            this.uri = uri;
        }
    }

    // ---------------------------------------------------------------- DMN

    private static void walkDmn(Element element, Context context, List<Finding> findings) {
        String id = ModelXml.elementId(element);
        String language = element.getAttribute("expressionLanguage").trim();
        if (!language.isEmpty()) {
            if (!FEEL.contains(language.toLowerCase(Locale.ROOT))) {
                findings.add(new Finding(id, "决策表只能使用 FEEL (decisions must use FEEL, not " + language + ")"));
            }
        } else if (!context.feelIsDefault() && DMN_EXPRESSIONS.contains(element.getLocalName())
                && !ModelXml.setAbove(element, "expressionLanguage")) {
            findings.add(new Finding(id, "决策表只能使用 FEEL，请写明 expressionLanguage=\"feel\" (decisions must use FEEL)"));
        }
        for (Element child : ModelXml.children(element)) {
            walkDmn(child, context, findings);
        }
    }

    // ---------------------------------------------------------------- common

    private static void expression(String text, String id, Context context, List<Finding> findings) {
        for (String problem : ModelExpressions.problems(text, context.beans())) {
            findings.add(new Finding(id, problem));
        }
    }

    /**
     * The ids a routing attribute names: a comma-separated list, or the string literals inside an
     * expression ({@code ${'process-owner'}} routes as surely as the plain text does).
     */
    private static List<String> split(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        if (ModelExpressions.isExpression(list)) {
            Matcher literal = STRING_LITERAL.matcher(list);
            while (literal.find()) {
                parts.add(literal.group(1) != null ? literal.group(1) : literal.group(2));
            }
        } else {
            parts.add(list);
        }
        return parts.stream().flatMap(p -> Arrays.stream(p.split(","))).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
