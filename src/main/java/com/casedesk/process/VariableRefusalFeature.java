package com.casedesk.process;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Registers {@link VariableRefusalMapper}, {@link TaskRuleRefusalMapper}, {@link StateRuleRefusalMapper} and
 * {@link MigrationRefusalMapper} in every Jersey application of the service: the engine REST
 * API is one, the webapps' engine API (what Tasklist calls) is another, built by Camunda without a
 * hook of ours. Jersey finds this class through META-INF/services.
 */
public class VariableRefusalFeature implements ForcedAutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(VariableRefusalMapper.class)) {
            context.register(VariableRefusalMapper.class);
        }
        if (!context.getConfiguration().isRegistered(TaskRuleRefusalMapper.class)) {
            context.register(TaskRuleRefusalMapper.class);
        }
        if (!context.getConfiguration().isRegistered(StateRuleRefusalMapper.class)) {
            context.register(StateRuleRefusalMapper.class);
        }
        if (!context.getConfiguration().isRegistered(MigrationRefusalMapper.class)) {
            context.register(MigrationRefusalMapper.class);
        }
    }
}
