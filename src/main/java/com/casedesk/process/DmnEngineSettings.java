package com.casedesk.process;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The DMN engine evaluates FEEL with {@link CachingFeelEngine}. Everything else about it (history of
 * every evaluation, expression languages, custom functions) stays as the engine configures it.
 */
@Component
class DmnEngineSettings extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        if (engine.isDmnFeelEnableLegacyBehavior()) {
            return; // the legacy FEEL engine caches its expressions itself
        }
        DefaultDmnEngineConfiguration dmn = Optional.ofNullable(engine.getDmnEngineConfiguration())
                .orElseGet(() -> (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration());
        dmn.setFeelEngineFactory(() -> new CachingFeelEngine(
                Optional.ofNullable(engine.getDmnFeelCustomFunctionProviders()).orElse(List.of())));
        engine.setDmnEngineConfiguration(dmn);
    }
}
