package com.casedesk.complaint;

import static com.casedesk.process.XmlElements.child;
import static com.casedesk.process.XmlElements.children;

import com.casedesk.process.DeploymentCheck;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The company periods' part of the deployment gate: a {@code complaint-periods} or {@code complaint-thresholds}
 * table is refused unless it has exactly one plain row for every period or threshold the service reads
 * ({@link CompanyPeriods}), each with a value it can use. A process owner changes values, not the table's
 * shape; a missing row would otherwise stop every case at the step that needs it.
 */
@Component
class CompanyPeriodsCheck implements DeploymentCheck {

    private static final Pattern STRING = Pattern.compile("\\s*\"([^\"]*)\"\\s*");

    /** What one of the two tables must look like. */
    private record Shape(String key, String input, String output, List<String> rows, boolean durations) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape(CompanyPeriods.PERIODS_DECISION, "period", "duration",
                    Arrays.stream(CompanyPeriod.values()).map(Enum::name).toList(), true),
            new Shape(CompanyPeriods.THRESHOLDS_DECISION, "threshold", "value", CompanyPeriods.THRESHOLDS, false));

    @Override
    public List<Finding> checkDecisions(String resourceName, Document dmn) {
        List<Finding> findings = new ArrayList<>();
        for (Element decision : children(dmn.getDocumentElement(), "decision")) {
            SHAPES.stream().filter(s -> s.key().equals(decision.getAttribute("id")))
                    .forEach(s -> findings.addAll(check(s, decision)));
        }
        return findings;
    }

    private static List<Finding> check(Shape shape, Element decision) {
        String key = shape.key();
        Element table = child(decision, "decisionTable").orElse(null);
        if (table == null) {
            return List.of(new Finding(key, key + ": 必须是决策表 (must be a decision table)"));
        }
        List<Finding> findings = new ArrayList<>();
        String hitPolicy = table.getAttribute("hitPolicy");
        if (!hitPolicy.isEmpty() && !hitPolicy.equals("UNIQUE")) {
            findings.add(new Finding(key, key + ": 命中策略必须为 UNIQUE (hit policy must be UNIQUE, not " + hitPolicy + ")"));
        }
        List<Element> inputs = children(table, "input");
        if (inputs.size() != 1 || !shape.input().equals(child(inputs.get(0), "inputExpression")
                .map(Node::getTextContent).map(String::strip).orElse(""))) {
            findings.add(new Finding(key, key + ": 只能有一个输入 " + shape.input() + " (exactly one input, the expression '"
                    + shape.input() + "')"));
        }
        List<Element> outputs = children(table, "output");
        int column = outputs.stream().map(o -> o.getAttribute("name")).toList().indexOf(shape.output());
        if (column < 0) {
            findings.add(new Finding(key, key + ": 缺少输出列 " + shape.output() + " (no output named '" + shape.output() + "')"));
        }
        if (!findings.isEmpty()) {
            return findings;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Element rule : children(table, "rule")) {
            String id = rule.getAttribute("id");
            String name = child(rule, "inputEntry").map(e -> plainString(text(e))).orElse(null);
            List<Element> cells = children(rule, "outputEntry");
            String cell = column < cells.size() ? text(cells.get(column)) : "";
            if (name == null) {
                findings.add(new Finding(id, id + ": 名称必须是带引号的文字，如 \"" + shape.rows().get(0)
                        + "\" (the row's name must be one quoted text)"));
            } else if (!shape.rows().contains(name)) {
                findings.add(new Finding(id, id + ": 未知名称 " + name + " (unknown; the service reads " + shape.rows() + ")"));
            } else if (values.putIfAbsent(name, cell) != null) {
                findings.add(new Finding(id, id + ": " + name + " 出现多次 (more than one row)"));
            } else {
                List<String> problems = new ArrayList<>();
                if (shape.durations()) {
                    String duration = plainString(cell);
                    CompanyPeriods.duration(name, duration == null ? cell : duration, problems);
                    if (problems.isEmpty() && duration == null) {
                        problems.add(name + ": 时长须加引号，如 \"PT2H\" (quote the duration)");
                    }
                } else {
                    CompanyPeriods.number(name, cell, problems);
                }
                problems.forEach(p -> findings.add(new Finding(id, id + ": " + p)));
            }
        }
        shape.rows().stream().filter(name -> !values.containsKey(name)).forEach(name -> findings.add(new Finding(key,
                key + ": 缺少 " + name + " 行 (no row for " + name + "; the service reads it and assumes no default)")));
        return findings;
    }

    private static String plainString(String text) {
        Matcher m = STRING.matcher(text);
        return m.matches() ? m.group(1) : null;
    }

    private static String text(Element entry) {
        return child(entry, "text").map(Node::getTextContent).orElse("").strip();
    }
}
