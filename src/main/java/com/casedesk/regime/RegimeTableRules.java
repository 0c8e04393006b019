package com.casedesk.regime;

import static com.casedesk.process.XmlElements.child;
import static com.casedesk.process.XmlElements.children;

import com.casedesk.process.DeploymentCheck.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A regime table as deployed, judged against {@link StatutoryLimits} before the engine takes it. Every
 * row must be plain data — its period as text, its amount a whole number, its unit and article text —
 * so that what is judged here is what the engine will answer: no {@code -}, no expression, one input
 * {@code period}, hit policy UNIQUE. Each statutory period has exactly one row within its article.
 */
final class RegimeTableRules {

    private static final Pattern STRING = Pattern.compile("\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*(,|$)");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\s*(\\d{1,6})\\s*");
    private static final List<String> OUTPUTS = List.of("amount", "unit", "article");

    /** One row as written: its id, the periods it matches, and its outputs' texts by output name. */
    record Row(String id, List<String> periods, Map<String, String> outputs) {
    }

    private RegimeTableRules() {
    }

    /** The regime decisions of a DMN document; other decisions are left alone. */
    static List<Finding> check(Document dmn) {
        List<Finding> findings = new ArrayList<>();
        for (Element decision : elements(dmn.getDocumentElement(), "decision")) {
            Regime.byDecisionKey(decision.getAttribute("id")).ifPresent(regime -> findings.addAll(check(regime, decision)));
        }
        return findings;
    }

    static List<Finding> check(Regime regime, Element decision) {
        String key = regime.decisionKey();
        List<Finding> findings = new ArrayList<>();
        Element table = child(decision, "decisionTable").orElse(null);
        if (table == null) {
            return List.of(new Finding(key, key + ": 法定期限表必须是决策表 (a regime's periods are a decision table)"));
        }
        String hitPolicy = table.getAttribute("hitPolicy");
        if (!hitPolicy.isEmpty() && !hitPolicy.equals("UNIQUE")) {
            findings.add(new Finding(key, key + ": 命中策略必须为 UNIQUE (hit policy must be UNIQUE, not " + hitPolicy + ")"));
        }
        List<Element> inputs = children(table, "input");
        if (inputs.size() != 1 || !"period".equals(child(inputs.get(0), "inputExpression")
                .map(Node::getTextContent).map(String::strip).orElse(""))) {
            findings.add(new Finding(key, key + ": 只能有一个输入 period (exactly one input, the expression 'period')"));
        }
        List<String> outputNames = children(table, "output").stream().map(o -> o.getAttribute("name")).toList();
        if (!outputNames.containsAll(OUTPUTS)) {
            findings.add(new Finding(key, key + ": 输出必须包括 amount、unit、article (outputs must include " + OUTPUTS + ")"));
        }
        if (!findings.isEmpty()) {
            return findings;
        }
        Map<String, Row> byPeriod = new LinkedHashMap<>();
        for (Element rule : children(table, "rule")) {
            Row row = row(rule, outputNames);
            if (row.periods().isEmpty()) {
                findings.add(new Finding(row.id(), key + " 行 row " + row.id() + ": 期限须写为文本，如 \"REPLY\" "
                        + "(each row names its period as text, e.g. \"REPLY\")"));
            }
            for (String period : row.periods()) {
                if (byPeriod.putIfAbsent(period, row) != null) {
                    findings.add(new Finding(row.id(), key + " 行 row " + row.id() + ": " + period + " 已有一行 "
                            + "(already in row " + byPeriod.get(period).id() + ")"));
                }
            }
        }
        for (StatutoryLimits.Limit limit : StatutoryLimits.of(regime)) {
            Row row = byPeriod.get(limit.period().name());
            if (row == null) {
                findings.add(new Finding(key, key + ": 缺少 " + limit.period() + " 行 (no row for " + limit.period()
                        + "), " + limit.article() + " " + limit.describe()));
            } else {
                judge(key, row, limit).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private static Optional<Finding> judge(String key, Row row, StatutoryLimits.Limit limit) {
        String where = key + " 行 row " + row.id() + " (" + limit.period() + "): ";
        String article = limit.article() + " " + limit.describe();
        Matcher amount = WHOLE_NUMBER.matcher(row.outputs().getOrDefault("amount", ""));
        List<String> unit = strings(row.outputs().getOrDefault("unit", ""));
        if (!amount.matches() || unit.size() != 1) {
            return Optional.of(new Finding(row.id(), where + "amount 须为整数、unit 须为文本 (amount must be a whole "
                    + "number and unit a text), " + article));
        }
        if (!unit.get(0).equals(limit.unit().name())) {
            return Optional.of(new Finding(row.id(), where + "计算单位不得改变 (the counting unit cannot change: "
                    + unit.get(0) + "), " + article));
        }
        int value = Integer.parseInt(amount.group(1));
        if (!limit.allows(value)) {
            return Optional.of(new Finding(row.id(), where + value + " " + unit.get(0) + " 超出条文 (beyond the article) "
                    + article));
        }
        return Optional.empty();
    }

    private static Row row(Element rule, List<String> outputNames) {
        String inputText = child(rule, "inputEntry").map(Node::getTextContent).orElse("");
        Map<String, String> outputs = new LinkedHashMap<>();
        List<Element> entries = children(rule, "outputEntry");
        for (int i = 0; i < entries.size() && i < outputNames.size(); i++) {
            outputs.put(outputNames.get(i), entries.get(i).getTextContent());
        }
        return new Row(rule.getAttribute("id"), strings(inputText), outputs);
    }

    /** The FEEL string literals of a text ({@code "A"} or {@code "A","B"}); empty when it is anything else. */
    static List<String> strings(String text) {
        List<String> values = new ArrayList<>();
        Matcher m = STRING.matcher(text);
        int at = 0;
        while (at < text.length() && m.find(at) && m.start() == at) {
            values.add(m.group(1));
            at = m.end();
        }
        return at == text.length() && !text.isBlank() ? values : List.of();
    }

    private static List<Element> elements(Element root, String localName) {
        List<Element> found = new ArrayList<>();
        var nodes = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
