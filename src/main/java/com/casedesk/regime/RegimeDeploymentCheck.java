package com.casedesk.regime;

import com.casedesk.process.DeploymentCheck;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The regime tables' part of the deployment gate: a statutory table beyond its article is refused
 * ({@link RegimeTableRules}); one a person deploys is recorded with their name, so that it waits for a
 * second person's approval ({@link RegimeVersions}).
 */
@Component
class RegimeDeploymentCheck implements DeploymentCheck {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RegimeDeploymentCheck(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Finding> checkDecisions(String resourceName, Document dmn) {
        return RegimeTableRules.check(dmn);
    }

    @Override
    public void accepted(String deploymentId, String resourceName, Document dmn, String deployingUser) {
        if (deployingUser == null) {
            return; // the service's own models, shipped with it
        }
        NodeList decisions = dmn.getDocumentElement().getElementsByTagNameNS("*", "decision");
        for (int i = 0; i < decisions.getLength(); i++) {
            String key = ((Element) decisions.item(i)).getAttribute("id");
            if (Regime.byDecisionKey(key).isPresent()) {
                jdbc.update("""
                        insert into regime_table_deployment (deployment_id, decision_key, deployed_by, deployed_at)
                        values (?, ?, ?, ?)""", deploymentId, key, deployingUser, Timestamp.from(Instant.now(clock)));
            }
        }
    }
}
