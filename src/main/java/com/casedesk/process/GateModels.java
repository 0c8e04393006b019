package com.casedesk.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A new deployment as the quality checks read it, with what they compare it to: the forms and decisions
 * already deployed, the release's own copies of the models (what this build's Java code was written and
 * tested against), the variables the service owns and the beans models may name.
 */
final class GateModels {

    static final String DMN_NAMESPACE_ANY = "*";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Model(String resource, BpmnModelInstance model, Document dom) {
    }

    record Output(String id, String name, String typeRef) {
    }

    record Decision(String resource, String key, String historyTimeToLive, List<Output> outputs) {
    }

    record Form(String resource, String id, JsonNode json) {
        Set<String> editable() {
            return FormFields.editable(json);
        }
    }

    /** What is already in the engine (read inside the deploying transaction). */
    interface Deployed {
        Optional<Form> latestForm(String id);

        Optional<Form> form(String id, int version);

        Optional<Decision> latestDecision(String key);
    }

    final List<Model> models = new ArrayList<>();
    final List<Decision> decisions = new ArrayList<>();
    final List<Form> forms = new ArrayList<>();
    final Deployed deployed;
    final GateRelease release;
    final Set<String> serviceOwned;
    final Set<String> modelFacingBeans;
    /** The person deploying; null when the service's own code deploys. */
    final String deployingUser;

    GateModels(Deployed deployed, GateRelease release, Set<String> serviceOwned, Set<String> modelFacingBeans,
               String deployingUser) {
        this.deployingUser = deployingUser;
        this.deployed = deployed;
        this.release = release;
        this.serviceOwned = serviceOwned;
        this.modelFacingBeans = modelFacingBeans;
    }

    /**
     * Adds a resource; returns a reason when it cannot be read as what its name says. XML that does not
     * parse at all is left out silently: the safety rules have reported it.
     */
    Optional<String> add(String resource, byte[] content) {
        Document dom;
        try {
            dom = DeploymentRules.isBpmn(resource) || DeploymentRules.isDmn(resource) ? ModelXml.parse(content) : null;
        } catch (Exception e) {
            return Optional.empty();
        }
        try {
            if (DeploymentRules.isBpmn(resource)) {
                models.add(new Model(resource, Bpmn.readModelFromStream(new ByteArrayInputStream(content)), dom));
            } else if (DeploymentRules.isDmn(resource)) {
                decisions.addAll(decisions(resource, dom));
            } else if (DeploymentRules.isForm(resource)) {
                forms.add(form(resource, content));
            }
            return Optional.empty();
        } catch (Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            return Optional.of("模型无法读取 (model cannot be read): " + cause.getMessage());
        }
    }

    /** The form a user task's reference resolves to, as the engine would resolve it once deployed. */
    Optional<Form> resolveForm(String id, String binding, String version) {
        Optional<Form> here = forms.stream().filter(f -> id.equals(f.id())).findFirst();
        return switch (binding == null || binding.isBlank() ? "latest" : binding) {
            case "deployment" -> here;
            case "version" -> version == null || !version.matches("\\d+") ? Optional.empty()
                    : deployed.form(id, Integer.parseInt(version));
            default -> here.isPresent() ? here : deployed.latestForm(id);
        };
    }

    /** The decision a business rule task names: in this deployment, else the latest deployed one. */
    Optional<Decision> resolveDecision(String key, String binding) {
        Optional<Decision> here = decisions.stream().filter(d -> key.equals(d.key())).findFirst();
        if (here.isPresent() || "deployment".equals(binding)) {
            return here;
        }
        return deployed.latestDecision(key);
    }

    /** The id of the process an element belongs to. */
    static String processKey(ModelElementInstance element) {
        ModelElementInstance e = element;
        while (e != null && !(e instanceof Process)) {
            e = e.getParentElement();
        }
        return e == null ? "" : ((Process) e).getId();
    }

    static Form form(String resource, byte[] content) throws Exception {
        JsonNode json = JSON.readTree(content);
        if (!json.isObject()) {
            throw new IllegalArgumentException("not a Camunda Form");
        }
        return new Form(resource, json.path("id").asText(""), json);
    }

    static List<Decision> decisions(String resource, Document dmn) {
        List<Decision> found = new ArrayList<>();
        var elements = dmn.getElementsByTagNameNS(DMN_NAMESPACE_ANY, "decision");
        for (int i = 0; i < elements.getLength(); i++) {
            Element decision = (Element) elements.item(i);
            List<Output> outputs = new ArrayList<>();
            for (Element child : ModelXml.children(decision)) {
                if (child.getLocalName().equals("decisionTable")) {
                    ModelXml.children(child).stream().filter(o -> o.getLocalName().equals("output"))
                            .forEach(o -> outputs.add(new Output(ModelXml.elementId(o), o.getAttribute("name"),
                                    o.getAttribute("typeRef"))));
                } else if (child.getLocalName().equals("variable")) {
                    outputs.add(new Output(ModelXml.elementId(child), child.getAttribute("name"),
                            child.getAttribute("typeRef")));
                }
            }
            found.add(new Decision(resource, decision.getAttribute("id"),
                    decision.getAttributeNS("http://camunda.org/schema/1.0/dmn", "historyTimeToLive"), outputs));
        }
        return found;
    }
}
