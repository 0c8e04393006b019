package com.casedesk.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;

/**
 * Replaces statements of the engine's MyBatis mapping by the service's own, through the engine's
 * database-specific statement mapping: the one place the service swaps SQL under Camunda
 * ({@link AuthorizedGroupIdsLookup}, {@link TaskRevokeIsFinal}).
 */
final class EngineStatements {

    private EngineStatements() {
    }

    static boolean exists(ProcessEngineConfigurationImpl engine, String statement) {
        return engine.getSqlSessionFactory().getConfiguration().hasStatement(statement, false);
    }

    /**
     * Loads the mapper resource (once per JVM: the MyBatis configuration is shared) and maps each engine
     * statement to the service's, given by their full ids.
     */
    static void replace(ProcessEngineConfigurationImpl engine, String mapperResource, Map<String, String> engineToOurs) {
        Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
        if (!engineToOurs.values().stream().allMatch(ours -> mybatis.hasStatement(ours, false))) {
            try (InputStream mapper = EngineStatements.class.getClassLoader().getResourceAsStream(mapperResource)) {
                new XMLMapperBuilder(mapper, mybatis, mapperResource, mybatis.getSqlFragments()).parse();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // a copy: the engine's mappings are shared by every engine of the JVM's database type
        DbSqlSessionFactory sessions = engine.getDbSqlSessionFactory();
        Map<String, String> mappings = new HashMap<>(Optional.ofNullable(sessions.getStatementMappings()).orElse(Map.of()));
        mappings.putAll(engineToOurs);
        sessions.setStatementMappings(mappings);
    }
}
