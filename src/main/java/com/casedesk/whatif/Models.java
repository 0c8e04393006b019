package com.casedesk.whatif;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;

/** What a run compared: the latest version of every process, decision and form, as key → resource and SHA-256. */
final class Models {

    private Models() {
    }

    static Map<String, String> digests(RepositoryService repository) {
        Map<String, String> out = new TreeMap<>();
        repository.createProcessDefinitionQuery().latestVersion().list().forEach(d ->
                out.put("process:" + d.getKey(), digest(repository, d.getDeploymentId(), d.getResourceName())));
        repository.createDecisionDefinitionQuery().latestVersion().list().forEach(d ->
                out.put("decision:" + d.getKey(), digest(repository, d.getDeploymentId(), d.getResourceName())));
        return out;
    }

    private static String digest(RepositoryService repository, String deploymentId, String resource) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, resource)) {
            return resource + " " + Candidate.sha256(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
