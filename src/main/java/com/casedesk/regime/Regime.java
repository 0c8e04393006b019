package com.casedesk.regime;

import java.util.Arrays;
import java.util.Optional;

/**
 * A body of rules whose periods a case is handled under. Each has one decision table in
 * {@code processes/regimes/} that compliance reads and changes in Modeler; a case stores its regime and
 * the version of that table at intake and keeps both for life ({@link RegimePin}).
 */
public enum Regime {

    /** 《银行业保险业消费投诉处理管理办法》(原银保监会令2020年第3号). */
    CN_2020_3("CN-2020-3", "regime-cn-2020-3", CaseKind.COMPLAINT),
    /** 《银行保险违法行为举报处理办法》(原银保监会令2019年第8号). */
    CN_WB("CN-WB", "regime-cn-wb", CaseKind.WHISTLEBLOWING),
    /** Directive (EU) 2019/1937, internal reporting channels. */
    EU_2019_1937("EU-2019-1937", "regime-eu-2019-1937", CaseKind.WHISTLEBLOWING),
    /** FCA Handbook DISP. */
    UK_DISP("UK-DISP", "regime-uk-disp", CaseKind.COMPLAINT);

    public enum CaseKind { COMPLAINT, WHISTLEBLOWING }

    private final String id;
    private final String decisionKey;
    private final CaseKind caseKind;

    Regime(String id, String decisionKey, CaseKind caseKind) {
        this.id = id;
        this.decisionKey = decisionKey;
        this.caseKind = caseKind;
    }

    /** As stored on a case and written in configuration, e.g. {@code CN-2020-3}. */
    public String id() {
        return id;
    }

    /** The key of the regime's decision table, e.g. {@code regime-cn-2020-3}. */
    public String decisionKey() {
        return decisionKey;
    }

    public CaseKind caseKind() {
        return caseKind;
    }

    public static Regime of(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown regime '" + id + "', expected one of "
                        + Arrays.stream(values()).map(Regime::id).toList()));
    }

    public static Optional<Regime> byDecisionKey(String decisionKey) {
        return Arrays.stream(values()).filter(r -> r.decisionKey.equals(decisionKey)).findFirst();
    }

    /**
     * The whistleblowing regime named by {@code casedesk.whistleblowing.regime} (CN or EU), the setting the
     * whistleblowing clocks used before each report carried its own.
     */
    public static Regime whistleblowing(String cnOrEu) {
        return switch (cnOrEu) {
            case "CN" -> CN_WB;
            case "EU" -> EU_2019_1937;
            default -> of(cnOrEu);
        };
    }
}
