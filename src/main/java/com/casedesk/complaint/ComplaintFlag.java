package com.casedesk.complaint;

/** Risk markers set at intake. The grading decision table reads them as booleans. */
public enum ComplaintFlag {
    MASS_INCIDENT("群体性事件", "massIncident"),
    LEGAL_DISPUTE("可能引发法律纠纷", "legalDispute"),
    REPUTATION_RISK("声誉风险", "reputationRisk"),
    MEDIA_ATTENTION("媒体关注", "mediaAttention"),
    AGITATED("情绪激动", "agitated");

    private final String label;
    private final String variable;

    ComplaintFlag(String label, String variable) {
        this.label = label;
        this.variable = variable;
    }

    public String label() {
        return label;
    }

    /** Name of the boolean process variable that carries this flag into the grading decision. */
    public String variable() {
        return variable;
    }
}
