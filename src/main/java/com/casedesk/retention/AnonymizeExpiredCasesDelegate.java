package com.casedesk.retention;

import com.casedesk.process.ModelFacing;
import com.casedesk.retention.RetentionProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 匿名化到期案件: one batch of {@link Retention}; the model loops while batches come back full. */
@ModelFacing
@Component("anonymizeExpiredCasesDelegate")
class AnonymizeExpiredCasesDelegate implements JavaDelegate {

    private final Retention retention;

    AnonymizeExpiredCasesDelegate(Retention retention) {
        this.retention = retention;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Retention.Batch batch = retention.anonymizeBatch();
        Vars.ANONYMIZED.set(execution, Vars.ANONYMIZED.get(execution, 0) + batch.anonymized());
        Vars.MORE_LEFT.set(execution, batch.moreLeft());
    }
}
