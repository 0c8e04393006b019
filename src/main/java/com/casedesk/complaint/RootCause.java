package com.casedesk.complaint;

/**
 * Root-cause codes (原因分析), following the cause axis (C) of JR/T 0169-2018 as summarised in
 * regulations.md §5, plus "no fault found". Offered by the investigation form.
 */
public enum RootCause {
    SERVICE_QUALITY("服务态度及服务质量"),
    FACILITIES_AND_SYSTEMS("服务设施、设备及业务系统"),
    RULES_AND_PROCEDURES("管理制度、业务规则与流程"),
    MARKETING("营销方式"),
    INFORMATION_DISCLOSURE("信息披露"),
    PRODUCT_RETURN("产品收益"),
    FREEDOM_OF_CHOICE("自主选择权"),
    CONTRACT_TERMS("合同条款"),
    FEES_AND_CHARGES("收费定价"),
    FUNDS_SECURITY("消费者资金安全"),
    PERSONAL_INFORMATION("消费者信息安全"),
    DEBT_COLLECTION("债务催收"),
    NO_FAULT("经核查无过错"),
    OTHER("其他");

    private final String label;

    RootCause(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
