package com.casedesk.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.Text;
import org.springframework.stereotype.Component;

/**
 * Every rule of a deployed decision table that matches, in rule order, whatever the table's hit policy
 * (a FIRST table answers with one row; why a case got its answer may be several rows). The latest deployed
 * version is read as the process owner deployed it, turned into a COLLECT table that also answers each
 * row's id, and evaluated with the engine's own FEEL engine: the rows, their input entries and their
 * outputs are exactly the deployed ones, so nothing here can go stale when a process owner changes them.
 */
@Component
public class DecisionMatches {

    /** One input entry of a matched rule that tests something ({@code -} tests nothing). */
    public record Condition(String inputLabel, String entry) {
    }

    /** A matched rule: its id, what it tests, and its outputs. */
    public record MatchedRule(String ruleId, List<Condition> conditions, Map<String, Object> outputs) {
    }

    private static final String RULE_OUTPUT = "matchedRuleId";

    private record Table(DmnDecision collecting, Map<String, List<Condition>> conditions) {
    }

    private final RepositoryService repository;
    private final DmnEngine dmn;
    private final Map<String, Table> tables = new ConcurrentHashMap<>();

    DecisionMatches(ProcessEngine engine) {
        this.repository = engine.getRepositoryService();
        DefaultDmnEngineConfiguration own = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getDmnEngineConfiguration();
        // a separate engine: the shadow table is no deployed definition, so it must write no decision history
        DefaultDmnEngineConfiguration standalone =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        if (own != null && own.getFeelEngineFactory() != null) {
            standalone.setFeelEngineFactory(own.getFeelEngineFactory());
        }
        this.dmn = standalone.buildEngine();
    }

    /** The matched rules of the latest deployed version of {@code decisionKey}, in rule order. */
    public List<MatchedRule> of(String decisionKey, Map<String, Object> variables) {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
                .withoutTenantId().latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("decision " + decisionKey + " is not deployed");
        }
        Table table = tables.computeIfAbsent(definition.getId(),
                id -> collecting(dmn, decisionKey, repository.getDmnModelInstance(id)));
        return evaluate(dmn, table, variables);
    }

    /** The same for a table that is not deployed (a file, a copy being changed), on the given DMN engine. */
    public static List<MatchedRule> of(DmnEngine dmn, String decisionKey, DmnModelInstance model,
                                       Map<String, Object> variables) {
        return evaluate(dmn, collecting(dmn, decisionKey, model), variables);
    }

    private static List<MatchedRule> evaluate(DmnEngine dmn, Table table, Map<String, Object> variables) {
        List<MatchedRule> matched = new ArrayList<>();
        for (DmnDecisionRuleResult row : dmn.evaluateDecisionTable(table.collecting(), variables)) {
            Map<String, Object> outputs = new LinkedHashMap<>(row.getEntryMap());
            String ruleId = (String) outputs.remove(RULE_OUTPUT);
            matched.add(new MatchedRule(ruleId, table.conditions().get(ruleId), outputs));
        }
        return matched;
    }

    /** The same table as COLLECT with one more output, the rule's id; the deployed model is left as it is. */
    static Table collecting(DmnEngine dmn, String decisionKey, DmnModelInstance deployed) {
        DmnModelInstance model = deployed.clone();
        Decision decision = model.getModelElementById(decisionKey);
        DecisionTable table = (DecisionTable) decision.getExpression();
        table.setHitPolicy(HitPolicy.COLLECT);
        table.removeAttribute("aggregation"); // a COLLECT sum or count would hide the rows
        Output ruleOutput = model.newInstance(Output.class);
        ruleOutput.setName(RULE_OUTPUT);
        ruleOutput.setTypeRef("string");
        table.getOutputs().add(ruleOutput);
        List<Input> inputs = List.copyOf(table.getInputs());
        Map<String, List<Condition>> conditions = new LinkedHashMap<>();
        for (Rule rule : table.getRules()) {
            OutputEntry id = model.newInstance(OutputEntry.class);
            Text text = model.newInstance(Text.class);
            text.setTextContent("\"" + rule.getId() + "\"");
            id.setText(text);
            rule.getOutputEntries().add(id);
            conditions.put(rule.getId(), conditions(inputs, List.copyOf(rule.getInputEntries())));
        }
        return new Table(dmn.parseDecision(decisionKey, model), Map.copyOf(conditions));
    }

    private static List<Condition> conditions(List<Input> inputs, List<InputEntry> entries) {
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Text text = entries.get(i).getText();
            String entry = text == null || text.getTextContent() == null ? "" : text.getTextContent().trim();
            if (!entry.isEmpty() && !entry.equals("-")) {
                conditions.add(new Condition(inputs.get(i).getLabel(), entry));
            }
        }
        return List.copyOf(conditions);
    }
}
