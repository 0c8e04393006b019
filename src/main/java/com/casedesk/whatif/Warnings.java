package com.casedesk.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where an assumption rather than the models drives the result, said in Chinese and English on the first screen.
 * Read from every seed of every side (a warning true in one run is worth reading), in a fixed order.
 */
final class Warnings {

    /** Below this maximum weekly utilisation in every group, staffing never held a case back. */
    static final double NEVER_BINDS = 0.5;
    /** More saturated weeks than this, and a group's headcount decides the result. */
    static final int SATURATED_WEEKS = 4;
    /** Censored cases above this share of a run leave the rates on a biased subset. */
    static final double CENSORED = 0.01;
    /** Fewer cases than this in a level, and a level's rate moves by chance. */
    static final int SMALL = 200;

    private Warnings() {
    }

    /** @param sides label → the per-seed figures of that side, in seed order */
    static ArrayNode of(Map<String, List<JsonNode>> sides, Map<String, JsonNode> spreads, int seeds) {
        List<Warning> warnings = new ArrayList<>();
        capacity(sides, warnings);
        sides.forEach((side, runs) -> {
            for (String group : fieldNames(runs.get(0).path("byGroup"))) {
                long saturated = runs.stream().mapToLong(r -> r.path("byGroup").path(group).path("saturatedWeeks").asLong())
                        .max().orElse(0);
                if (saturated > SATURATED_WEEKS) {
                    warnings.add(new Warning("saturated",
                            zh(side) + "：" + group + " 有 " + saturated + " 周利用率 ≥ 95%，结果由该组人员配置决定",
                            side + ": " + group + " at ≥ 95% utilisation in " + saturated
                                    + " weeks: results driven by the headcount of " + group));
                }
                boolean worked = runs.stream().anyMatch(r -> r.path("byGroup").path(group).path("completed").asLong() > 0
                        || r.path("byGroup").path(group).path("maxBacklog").asLong() > 0);
                boolean staffed = runs.stream().anyMatch(r -> r.path("byGroup").path(group).path("availableHours").asDouble() > 0);
                if (worked && !staffed) {
                    warnings.add(new Warning("zero-headcount", zh(side) + "：" + group + " 有任务但人员配置为 0，其任务无人处理",
                            side + ": " + group + " had tasks but zero headcount: nobody worked them"));
                }
            }
            for (JsonNode run : runs) {
                long cases = run.path("cases").asLong();
                long censored = run.path("censored").asLong();
                if (cases > 0 && (double) censored / cases > CENSORED) {
                    String share = String.format(Locale.ROOT, "%.1f%%", 100.0 * censored / cases);
                    warnings.add(new Warning("censored", zh(side) + "：" + censored + " 件（" + share
                            + "）在模拟结束时未到期且未决定，不计入任何比率",
                            side + ": " + censored + " cases (" + share + ") censored: the run ended before their"
                                    + " statutory date, undecided; they are in no rate"));
                    break;
                }
            }
            JsonNode levels = runs.get(0).path("byLevel");
            for (String level : fieldNames(levels)) {
                double cases = runs.stream().mapToDouble(r -> r.path("byLevel").path(level).path("cases").asDouble())
                        .average().orElse(0);
                if (cases > 0 && cases < SMALL) {
                    String n = ReportFormat.number(cases);
                    warnings.add(new Warning("small-numbers", zh(side) + "：" + level + " 级投诉仅 " + n
                            + " 件，按等级比较受偶然影响较大", side + ": small numbers: level " + level + " has " + n
                            + " cases (fewer than " + SMALL + "); level comparisons move by chance"));
                }
            }
        });
        if (seeds < 2) {
            warnings.add(new Warning("single-seed", "仅一个随机种子，无法显示波动范围：请使用 --seeds=5",
                    "no spread: one seed only; run --seeds=5"));
        } else if (spreads.size() == 2 && overlap(spreads.get("baseline"), spreads.get("candidate"))) {
            warnings.add(new Warning("within-spread", "基线与候选方案的法定期限内率之差在随机种子的波动范围内，可能只是偶然",
                    "the difference in statutory on-time rate between baseline and candidate is within the seed"
                            + " spread: it may be chance"));
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        warnings.forEach(w -> {
            ObjectNode node = out.addObject();
            node.put("code", w.code());
            node.put("zh", w.zh());
            node.put("en", w.en());
        });
        return out;
    }

    static String zh(String side) {
        return "baseline".equals(side) ? "基线" : "候选方案";
    }

    record Warning(String code, String zh, String en) {
    }

    private static void capacity(Map<String, List<JsonNode>> sides, List<Warning> warnings) {
        double max = 0;
        boolean any = false;
        for (List<JsonNode> runs : sides.values()) {
            for (JsonNode run : runs) {
                for (JsonNode group : run.path("byGroup")) {
                    any = true;
                    max = Math.max(max, group.path("maxUtilisation").asDouble());
                }
            }
        }
        if (any && max < NEVER_BINDS) {
            warnings.add(new Warning("capacity-never-binds", "人员产能从未成为约束（各组每周利用率最高 "
                    + ReportFormat.percent(max) + "）：期限内率反映的是模型的时钟，而非人员配置",
                    "capacity never binds (highest weekly utilisation of any group " + ReportFormat.percent(max)
                            + "): the on-time rate reflects the models' clocks, not staffing"));
        }
    }

    /** The [min, max] ranges of the two sides' on-time rates overlap. */
    private static boolean overlap(JsonNode baseline, JsonNode candidate) {
        JsonNode b = baseline.path("statutoryOnTimeRate");
        JsonNode c = candidate.path("statutoryOnTimeRate");
        if (!b.isObject() || !c.isObject()) {
            return false;
        }
        return b.path("min").asDouble() <= c.path("max").asDouble() && c.path("min").asDouble() <= b.path("max").asDouble();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }
}
