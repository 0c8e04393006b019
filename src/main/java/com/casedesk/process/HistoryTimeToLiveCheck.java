package com.casedesk.process;

import org.camunda.bpm.model.bpmn.instance.Process;

/**
 * Every process and decision says how long its history is kept (docs/security.md, retention): without
 * it the engine keeps the history of every case for ever, personal data included.
 */
final class HistoryTimeToLiveCheck implements QualityCheck {

    static final String NAME = "历史保留 history";

    @Override
    public void check(GateModels models, GateFindings findings) {
        for (GateModels.Model model : models.models) {
            for (Process process : model.model().getModelElementsByType(Process.class)) {
                if (process.isExecutable() && blank(process.getCamundaHistoryTimeToLiveString())) {
                    findings.add(model.resource(), process.getId(), NAME, "流程未设置历史保留期限 historyTimeToLive "
                            + "(process has no historyTimeToLive: set it in Modeler, e.g. P1825D)");
                }
            }
        }
        for (GateModels.Decision decision : models.decisions) {
            if (blank(decision.historyTimeToLive())) {
                findings.add(decision.resource(), decision.key(), NAME, "决策未设置历史保留期限 historyTimeToLive "
                        + "(decision has no historyTimeToLive: set it in Modeler, e.g. P1825D)");
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
