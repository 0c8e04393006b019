package com.casedesk.process;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The models, decisions and forms shipped with this release ({@code processes/}, {@code forms/}) and what
 * the Java code names in them. The release's copies are what this build's Java code was written and tested
 * against: a process owner's version may change rows, labels, periods and add tasks, but must keep what the
 * code reads from them (element ids, decision outputs and their types, the form fields it reads).
 */
final class GateRelease {

    private final Map<String, BpmnModelInstance> processes = new HashMap<>();
    private final Map<String, GateModels.Decision> decisions = new HashMap<>();
    private final Map<String, GateModels.Form> forms = new HashMap<>();
    private final JavaDeclarations java;

    private GateRelease(JavaDeclarations java) {
        this.java = java;
    }

    static GateRelease read() {
        GateRelease release = new GateRelease(JavaDeclarations.scan("com.casedesk"));
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            for (Resource r : resolver.getResources("classpath*:processes/**/*.bpmn")) {
                BpmnModelInstance model = Bpmn.readModelFromStream(r.getInputStream());
                model.getModelElementsByType(Process.class).forEach(p -> release.processes.put(p.getId(), model));
            }
            for (Resource r : resolver.getResources("classpath*:processes/**/*.dmn")) {
                GateModels.decisions(r.getFilename(), ModelXml.parse(bytes(r)))
                        .forEach(d -> release.decisions.put(d.key(), d));
            }
            for (Resource r : resolver.getResources("classpath*:forms/**/*.form")) {
                GateModels.Form form = GateModels.form(r.getFilename(), bytes(r));
                release.forms.put(form.id(), form);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the release's models", e);
        }
        return release;
    }

    Optional<BpmnModelInstance> process(String key) {
        return Optional.ofNullable(processes.get(key));
    }

    Optional<GateModels.Decision> decision(String key) {
        return Optional.ofNullable(decisions.get(key));
    }

    Optional<GateModels.Form> form(String id) {
        return Optional.ofNullable(forms.get(id));
    }

    JavaDeclarations java() {
        return java;
    }

    private static byte[] bytes(Resource r) throws IOException {
        try (InputStream in = r.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
