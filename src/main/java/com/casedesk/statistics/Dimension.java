package com.casedesk.statistics;

import com.casedesk.complaint.BusinessLine;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintCategory;
import com.casedesk.complaint.DecisionResult;
import com.casedesk.complaint.RootCause;
import java.util.Arrays;
import java.util.function.Function;

/**
 * What complaint figures can be grouped by (002 §6.1: type, source, result; special statistics by
 * business line; Art. 26: root cause), each a ledger column, with the Chinese label of its codes.
 */
enum Dimension {
    CHANNEL("channel", "受理渠道", "c.channel", code -> Channel.valueOf(code).label()),
    BUSINESS_LINE("businessLine", "业务类别", "c.business_line", code -> BusinessLine.valueOf(code).label()),
    CATEGORY("category", "投诉类型", "c.category", code -> ComplaintCategory.valueOf(code).label()),
    LEVEL("level", "投诉等级", "cast(c.level as varchar(8))", Dimension::levelLabel),
    RESULT("result", "处理结果", "c.result", code -> DecisionResult.valueOf(code).label()),
    ROOT_CAUSE("rootCause", "原因分类", "c.root_cause", code -> RootCause.valueOf(code).label()),
    UNIT("unit", "被投诉单位", "c.respondent_unit", Function.identity()),
    HANDLER("handler", "处理人", "c.decided_by", Function.identity());

    private final String parameter;
    private final String title;
    private final String column;
    private final Function<String, String> label;

    Dimension(String parameter, String title, String column, Function<String, String> label) {
        this.parameter = parameter;
        this.title = title;
        this.column = column;
        this.label = label;
    }

    /** The value of {@code groupBy} that selects it. */
    String parameter() {
        return parameter;
    }

    String title() {
        return title;
    }

    /** The SQL expression of the complaint row (alias {@code c}) it groups by, as text. */
    String column() {
        return column;
    }

    /** The Chinese label of a code; "未填" for none, the code itself for a code that is no longer known. */
    String label(String code) {
        if (code == null) {
            return this == HANDLER || this == RESULT ? "未决定" : this == LEVEL ? "未定级" : "未填";
        }
        try {
            return label.apply(code);
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    static Dimension of(String parameter) {
        return Arrays.stream(values()).filter(d -> d.parameter.equals(parameter)).findFirst().orElse(null);
    }

    static String parameters() {
        return String.join(", ", Arrays.stream(values()).map(Dimension::parameter).toList());
    }

    private static String levelLabel(String code) {
        return switch (code) {
            case "1" -> "一级";
            case "2" -> "二级";
            case "3" -> "三级";
            default -> code;
        };
    }
}
