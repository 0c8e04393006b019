package com.casedesk.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Figures of several seeds of one side folded into one: each number's mean over the seeds that have it (a rate
 * is null in a seed that measured nothing), and beside it the spread (min, max and the sample standard deviation;
 * 0 for one seed). Works on trees of the same shape ({@link WhatIfFigures} makes them so): objects field by field,
 * arrays element by element, texts (the week and group of a weekly row) copied.
 */
final class SeedSpread {

    /** Decimals kept in report.json: a ten-thousandth of a rate is a hundredth of a percentage point. */
    static final int DECIMALS = 4;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SeedSpread() {
    }

    static JsonNode mean(List<JsonNode> seeds) {
        return fold(seeds, false);
    }

    static JsonNode spread(List<JsonNode> seeds) {
        return fold(seeds, true);
    }

    private static JsonNode fold(List<JsonNode> seeds, boolean spread) {
        JsonNode first = seeds.get(0);
        if (first.isObject()) {
            ObjectNode out = JSON.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = first.fields();
            while (fields.hasNext()) {
                String name = fields.next().getKey();
                out.set(name, fold(seeds.stream().map(s -> s.path(name)).toList(), spread));
            }
            return out;
        }
        if (first.isArray()) {
            ArrayNode out = JSON.arrayNode();
            for (int i = 0; i < first.size(); i++) {
                int index = i;
                out.add(fold(seeds.stream().map(s -> s.path(index)).toList(), spread));
            }
            return out;
        }
        if (first.isTextual()) {
            return first;
        }
        List<JsonNode> numbers = seeds.stream().filter(JsonNode::isNumber).toList();
        if (numbers.isEmpty()) {
            return NullNode.getInstance();
        }
        double[] values = numbers.stream().mapToDouble(JsonNode::asDouble).toArray();
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        boolean integral = numbers.stream().allMatch(JsonNode::isIntegralNumber);
        if (!spread) {
            return number(mean, integral);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double squares = 0;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            squares += (v - mean) * (v - mean);
        }
        ObjectNode s = JSON.objectNode();
        s.set("min", number(min, integral));
        s.set("max", number(max, integral));
        s.set("stddev", number(values.length < 2 ? 0 : Math.sqrt(squares / (values.length - 1)), false));
        return s;
    }

    /** A whole number stays whole (a count averaged over seeds that agree); other numbers keep {@link #DECIMALS}. */
    static JsonNode number(double value, boolean integral) {
        if (integral && value == Math.rint(value)) {
            return JSON.numberNode((long) value);
        }
        return JSON.numberNode(round(value));
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }

    /** Rounds every fractional number of a single run's tree as {@link #number} does for folded ones. */
    static JsonNode rounded(JsonNode tree) {
        return fold(List.of(tree), false);
    }
}
