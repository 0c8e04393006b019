package com.casedesk.complaint.grading;

import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.process.DecisionMatches;
import com.casedesk.process.DecisionMatches.Condition;
import com.casedesk.process.DecisionMatches.MatchedRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The grading reason: every condition of the grading table the case meets, in rule order, joined with "；"
 * (the level still comes from the table's FIRST row). A row whose inputs an earlier matched row already
 * tested adds nothing (金额≥5万 after 金额≥50万; the catch-all row after any other). A threshold is never
 * written by hand: a row comparing a number is described from its input entry and its input's label
 * ({@code >= 500000} on 索赔金额 → 索赔金额≥50万), so a threshold changed in Modeler changes the reason;
 * a row without a threshold (a flag, a channel) is described by its {@code reason} output. Only the Chinese
 * part of a label or output is used (the reason is a ledger and notice text), and the list stops at
 * {@link #MAX_LENGTH} with "等" so that a regrade's prefix still fits the ledger's 200 characters.
 */
@Component
public class GradingReasons {

    static final String SEPARATOR = "；";

    /** The ledger holds 200 characters; a regrade by a merged repeat puts about 40 before the reason. */
    static final int MAX_LENGTH = 150;

    private static final Pattern THRESHOLD = Pattern.compile("^(>=|<=|>|<)\\s*(-?\\d+(?:\\.\\d+)?)$");

    private final DecisionMatches matches;

    GradingReasons(DecisionMatches matches) {
        this.matches = matches;
    }

    /** The table's grade with the reason of every matching row instead of the first row's alone. */
    public GradingRules.Grade grade(Map<String, Object> firstRow, Map<String, Object> facts) {
        GradingRules.Grade grade = GradingRules.grade(firstRow);
        return new GradingRules.Grade(grade.level(), of(facts), grade.major());
    }

    /** The reason for these grading inputs, from the latest deployed grading table. */
    public String of(Map<String, Object> facts) {
        return compose(matches.of(ComplaintProcess.GRADING_DECISION, facts));
    }

    static String compose(List<MatchedRule> rules) {
        Set<String> tested = new HashSet<>();
        List<String> parts = new ArrayList<>();
        for (MatchedRule rule : rules) {
            Set<String> inputs = new HashSet<>();
            rule.conditions().forEach(c -> inputs.add(c.inputLabel()));
            boolean addsSomething = parts.isEmpty() || !tested.containsAll(inputs);
            tested.addAll(inputs);
            String text = describe(rule);
            if (addsSomething && !parts.contains(text)) {
                parts.add(text);
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalStateException("decision " + ComplaintProcess.GRADING_DECISION + " matched no rule");
        }
        StringBuilder reason = new StringBuilder(parts.get(0));
        for (String part : parts.subList(1, parts.size())) {
            if (reason.length() + SEPARATOR.length() + part.length() + 1 > MAX_LENGTH) {
                return reason.append("等").toString();
            }
            reason.append(SEPARATOR).append(part);
        }
        return reason.toString();
    }

    /** A row with a threshold from its entries; any other row by its reason output. */
    static String describe(MatchedRule rule) {
        boolean threshold = rule.conditions().stream().anyMatch(c -> THRESHOLD.matcher(c.entry()).matches());
        Object reason = rule.outputs().get("reason");
        if (!threshold && reason instanceof String text && !text.isBlank()) {
            return chinese(text);
        }
        return String.join("，", rule.conditions().stream().map(GradingReasons::describe).toList());
    }

    static String describe(Condition condition) {
        String label = condition.inputLabel() == null ? "" : chinese(condition.inputLabel());
        Matcher m = THRESHOLD.matcher(condition.entry());
        if (m.matches()) {
            String symbol = switch (m.group(1)) {
                case ">=" -> "≥";
                case "<=" -> "≤";
                default -> m.group(1);
            };
            return label + symbol + chinese(new BigDecimal(m.group(2)));
        }
        return switch (condition.entry()) {
            case "true" -> label;
            case "false" -> "非" + label;
            default -> label + "为" + condition.entry().replace("\"", "");
        };
    }

    /**
     * The Chinese part of a bilingual text ("群体性事件 Mass incident" → 群体性事件): up to the first space after
     * which no Chinese follows; a text without Chinese stays whole.
     */
    static String chinese(String text) {
        String t = text.strip();
        if (!hasChinese(t)) {
            return t;
        }
        for (int i = 0; i < t.length(); i++) {
            if (Character.isWhitespace(t.charAt(i)) && !hasChinese(t.substring(i))) {
                return t.substring(0, i);
            }
        }
        return t;
    }

    private static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String chinese(BigDecimal value) {
        BigDecimal wan = BigDecimal.valueOf(10_000);
        if (value.abs().compareTo(wan) >= 0 && value.remainder(wan).signum() == 0) {
            return value.divide(wan).stripTrailingZeros().toPlainString() + "万";
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
