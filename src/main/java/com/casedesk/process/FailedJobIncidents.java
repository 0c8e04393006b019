package com.casedesk.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IncidentEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Replaces the engine's handler of {@code failedJob} incidents by one that creates the incident as
 * before and then tells every {@link FailedJobObserver}, in the same transaction: an incident is for
 * operators, but some failed jobs (a complainant's notice) have a deadline of their own and must reach
 * a person before it passes. The handler is created once per incident (after the last retry), so an
 * observer is told once per incident.
 */
@Component
class FailedJobIncidents extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(FailedJobIncidents.class);

    private final ObjectProvider<FailedJobObserver> observers;

    FailedJobIncidents(ObjectProvider<FailedJobObserver> observers) {
        this.observers = observers;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        List<IncidentHandler> handlers = new ArrayList<>(
                Optional.ofNullable(engine.getCustomIncidentHandlers()).orElse(List.of()));
        handlers.add(new ObservedHandler());
        engine.setCustomIncidentHandlers(handlers);
    }

    private final class ObservedHandler extends DefaultIncidentHandler {

        ObservedHandler() {
            super(Incident.FAILED_JOB_HANDLER_TYPE);
        }

        @Override
        public Incident handleIncident(IncidentContext context, String message) {
            Incident incident = super.handleIncident(context, message);
            ExecutionEntity execution = incident instanceof IncidentEntity entity ? entity.getExecution() : null;
            if (execution == null) {
                return incident;
            }
            ExecutionEntity instance = execution.getProcessInstance();
            FailedJobObserver.FailedJob failed = new FailedJobObserver.FailedJob(incident.getId(),
                    instance.getProcessDefinition().getKey(), instance.getId(), instance.getBusinessKey(),
                    context.getActivityId(), message);
            observers.orderedStream().forEach(observer -> {
                try {
                    observer.incidentCreated(failed);
                } catch (RuntimeException e) {
                    // the incident stays for operators; a failing observer must not undo it
                    LOG.error("observer {} failed on incident {} of {}", observer.getClass().getName(),
                            incident.getId(), failed.businessKey(), e);
                }
            });
            return incident;
        }
    }
}
