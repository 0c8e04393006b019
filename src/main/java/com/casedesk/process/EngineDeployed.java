package com.casedesk.process;

import java.util.Optional;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.repository.ResourceDefinitionEntity;

/**
 * The forms and decisions already in the engine, read inside the deploying transaction (the deployer runs
 * in the deploy command), without authorization checks: the gate judges the deployment, not the reader.
 */
final class EngineDeployed implements GateModels.Deployed {

    @Override
    public Optional<GateModels.Form> latestForm(String id) {
        return read(command -> command.getCamundaFormDefinitionManager().findLatestDefinitionByKey(id))
                .flatMap(bytes -> parse(() -> GateModels.form(id, bytes)));
    }

    @Override
    public Optional<GateModels.Form> form(String id, int version) {
        return read(command -> command.getCamundaFormDefinitionManager().findDefinitionByKeyVersionAndTenantId(id,
                version, null)).flatMap(bytes -> parse(() -> GateModels.form(id, bytes)));
    }

    @Override
    public Optional<GateModels.Decision> latestDecision(String key) {
        return read(command -> command.getDecisionDefinitionManager().findLatestDecisionDefinitionByKey(key))
                .flatMap(bytes -> parse(() -> GateModels.decisions(key, ModelXml.parse(bytes)).stream()
                        .filter(d -> d.key().equals(key)).findFirst().orElse(null)));
    }

    private interface Lookup {
        ResourceDefinitionEntity<?> find(CommandContext command);
    }

    private interface Parse<T> {
        T parse() throws Exception;
    }

    private static Optional<byte[]> read(Lookup lookup) {
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            return Optional.empty();
        }
        ResourceDefinitionEntity<?> definition = lookup.find(command);
        if (definition == null) {
            return Optional.empty();
        }
        ResourceEntity resource = command.getResourceManager()
                .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
        return Optional.ofNullable(resource).map(ResourceEntity::getBytes);
    }

    private static <T> Optional<T> parse(Parse<T> parse) {
        try {
            return Optional.ofNullable(parse.parse());
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
