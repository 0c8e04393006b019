package com.casedesk.whatif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cases whose outcome flips: on time in one side and late in the other, in the first seed of each (the same
 * arrivals), matched by {@link CaseOutcome#seq()} — never by case number, which each run generates. A case censored
 * in either side is no flip. Each flip carries its routing facts and, per side, what the models made of it.
 */
final class Flips {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Flips() {
    }

    static ArrayNode of(RunResult baseline, RunResult candidate) {
        Map<Integer, CaseOutcome> after = new TreeMap<>();
        candidate.cases().forEach(c -> after.put(c.seq(), c));
        Map<Integer, CaseOutcome> before = new TreeMap<>();
        baseline.cases().forEach(c -> before.put(c.seq(), c));
        ArrayNode flips = JSON.arrayNode();
        before.forEach((seq, b) -> {
            CaseOutcome c = after.get(seq);
            if (c == null || b.onTime() == null || c.onTime() == null || b.onTime().equals(c.onTime())) {
                return;
            }
            ObjectNode flip = flips.addObject();
            flip.put("seq", seq);
            flip.put("becomes", c.onTime() ? "onTime" : "late");
            flip.put("receivedAt", text(b.receivedAt()));
            flip.put("channel", b.channel());
            flip.put("category", b.category());
            flip.put("businessLine", b.businessLine());
            flip.put("amountBand", b.amountBand());
            b.flags().forEach(flip.putArray("flags")::add);
            flip.set("baseline", side(b));
            flip.set("candidate", side(c));
        });
        return flips;
    }

    private static ObjectNode side(CaseOutcome c) {
        ObjectNode s = JSON.objectNode();
        s.put("level", c.level());
        s.put("department", c.department());
        s.put("regime", c.regime());
        s.put("rule", c.rule());
        s.put("onTime", c.onTime());
        s.put("latenessHours", c.latenessHours());
        s.put("statutoryDue", text(c.statutoryDue()));
        s.put("noticeSentAt", text(c.noticeSentAt()));
        s.put("escalations", c.escalations());
        s.put("extended", c.extended());
        return s;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
