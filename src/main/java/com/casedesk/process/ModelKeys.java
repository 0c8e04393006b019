package com.casedesk.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The keys a model resource defines, read from its content before (or without) the engine parsing it. */
final class ModelKeys {

    static final String PROCESS = "process";
    static final String DECISION = "decision";
    static final String FORM = "form";
    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One key and what kind of model it names. */
    record Key(String kind, String key) {
    }

    private ModelKeys() {
    }

    /** Empty for a resource that cannot be read: the deployment gate reports that. */
    static List<Key> of(String resourceName, byte[] content) {
        List<Key> keys = new ArrayList<>();
        try {
            if (DeploymentRules.isBpmn(resourceName)) {
                NodeList processes = ModelXml.parse(content).getElementsByTagNameNS(BPMN, "process");
                for (int i = 0; i < processes.getLength(); i++) {
                    Element process = (Element) processes.item(i);
                    if (!"false".equals(process.getAttribute("isExecutable"))) {
                        keys.add(new Key(PROCESS, process.getAttribute("id")));
                    }
                }
            } else if (DeploymentRules.isDmn(resourceName)) {
                NodeList decisions = ModelXml.parse(content).getDocumentElement().getElementsByTagNameNS("*", "decision");
                for (int i = 0; i < decisions.getLength(); i++) {
                    keys.add(new Key(DECISION, ((Element) decisions.item(i)).getAttribute("id")));
                }
            } else if (DeploymentRules.isForm(resourceName)) {
                JsonNode id = JSON.readTree(content).get("id");
                if (id != null && id.isTextual()) {
                    keys.add(new Key(FORM, id.asText()));
                }
            }
        } catch (Exception e) {
            return List.of();
        }
        return keys.stream().filter(k -> !k.key().isBlank()).toList();
    }
}
