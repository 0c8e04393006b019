package com.casedesk.retention;

import com.casedesk.process.ModelFacing;
import com.casedesk.audit.AuditAction;
import com.casedesk.audit.AuditLog;
import com.casedesk.casefile.CaseFileErasure;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 信息销毁 (requirements §9): anonymizes the personal data of cases that ended longer ago than their
 * type's retention period, and deletes an anonymized record once it has been kept {@code record-kept-for}
 * for statistics and supervision. Run by {@code retention-sweep} (a timer-start process: the engine's job
 * executor runs each batch on exactly one node, a failing batch becomes an incident in Cockpit).
 * Each case is anonymized at most once (the target's conditional update) and gets one audit row.
 */
@ModelFacing
@Component("retention")
public class Retention {

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

    /** What one batch did. */
    public record Batch(int anonymized, boolean moreLeft) {
    }

    private final List<RetentionTarget> targets;
    private final RetentionProperties properties;
    private final CaseFileErasure caseFiles;
    private final HistoryService historyService;
    private final AuditLog audit;
    private final Clock clock;

    Retention(List<RetentionTarget> targets, RetentionProperties properties, CaseFileErasure caseFiles,
              HistoryService historyService, AuditLog audit, Clock clock) {
        this.targets = targets;
        this.properties = properties;
        this.caseFiles = caseFiles;
        this.historyService = historyService;
        this.audit = audit;
        this.clock = clock;
    }

    /** The sweep's timer cycle ({@code casedesk.retention.sweep-every}). */
    public String sweepCycle() {
        return properties.sweepEvery();
    }

    /** The moment before which a case of this type must have ended to be anonymized now. */
    public Instant cutoff(CaseType type, Instant now) {
        return now.atZone(properties.zone()).minus(properties.periodOf(type)).toInstant();
    }

    /** Up to {@code batch-size} cases of each type, in the caller's (the job's) transaction. */
    @Transactional
    public Batch anonymizeBatch() {
        Instant now = Instant.now(clock);
        int anonymized = 0;
        boolean moreLeft = false;
        for (RetentionTarget target : targets) {
            Instant cutoff = cutoff(target.caseType(), now);
            List<String> expired = target.expired(cutoff, properties.batchSize());
            for (String caseNumber : expired) {
                if (target.anonymize(caseNumber, now)) {
                    eraseShared(caseNumber);
                    audit.record(AuditAction.PERSONAL_DATA_ANONYMIZED, caseNumber, target.caseType() + " ended before "
                            + cutoff + " (retention " + properties.periodOf(target.caseType()) + ")", null);
                    anonymized++;
                }
            }
            moreLeft |= expired.size() == properties.batchSize();
            moreLeft |= purge(target, now) == properties.batchSize();
        }
        LOG.info("retention: {} case(s) anonymized, more left: {}", anonymized, moreLeft);
        return new Batch(anonymized, moreLeft);
    }

    /**
     * The anonymized records kept {@code record-kept-for} go with their case file, so that the ledger does not
     * grow without bound; one audit row per batch says how many went. The append-only trails (audit_log,
     * identity reveals) keep their rows: they are the tamper evidence, archived outside the service.
     */
    private int purge(RetentionTarget target, Instant now) {
        Instant cutoff = now.atZone(properties.zone()).minus(properties.recordKeptFor()).toInstant();
        List<String> purgeable = target.purgeable(cutoff, properties.batchSize());
        for (String caseNumber : purgeable) {
            target.purge(caseNumber);
            caseFiles.purge(caseNumber);
        }
        if (!purgeable.isEmpty()) {
            audit.record(AuditAction.CASE_RECORDS_PURGED, null, purgeable.size() + " " + target.caseType()
                    + " record(s) anonymized before " + cutoff + " (kept " + properties.recordKeptFor() + "): "
                    + purgeable.get(0) + " … " + purgeable.get(purgeable.size() - 1), null);
        }
        return purgeable.size();
    }

    /** The case file shared by every type, and the variables (form inputs) in the engine's history. */
    private void eraseShared(String caseNumber) {
        caseFiles.erase(caseNumber);
        historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).finished().list()
                .stream().map(HistoricProcessInstance::getId)
                .forEach(historyService::deleteHistoricVariableInstancesByProcessInstanceId);
    }
}
