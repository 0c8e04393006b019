package com.casedesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.casefile.RequiredInputs.Choice;
import com.casedesk.casefile.RequiredInputs.Field;
import com.casedesk.casefile.RequiredInputs.Input;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * What a case type checks before a person's complete ({@code TaskInputRule} tables of
 * {@link com.casedesk.casefile.RequiredInputs} fields) is what the task's form requires: each field is a
 * required field of the form the model gives the task, with the same limit, and the refusal names it by
 * the form's Chinese label; a choice allows exactly the values its select or radio offers; a field required
 * on one branch only is shown on that branch only. Reads the models in {@code processes/} and the forms in {@code forms/}.
 */
public final class FormRequirements {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormRequirements() {
    }

    /** Asserts every field of the table against its task's form; answers the fields checked. */
    public static List<String> assertRequiredByTheirForms(Map<String, List<Input>> table) throws IOException {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, List<Input>> entry : table.entrySet()) {
            String[] task = entry.getKey().split("/");
            JsonNode form = form(formRef(task[0], task[1]));
            for (Input field : entry.getValue()) {
                String name = field.variable().name();
                JsonNode component = component(form, name);
                assertThat(component).as(entry.getKey() + " " + name).isNotNull();
                assertThat(component.path("validate").path("required").asBoolean()).as(name).isTrue();
                // a field required on one branch is the field the form shows on that branch only
                assertThat(component.path("conditional").path("hide").asText()).as(name + " shown when")
                        .isEqualTo(field.when() == null ? ""
                                : "=" + field.when().variable().name() + " != \"" + field.when().value() + "\"");
                if (field instanceof Choice choice) {
                    Set<String> offered = new HashSet<>();
                    component.path("values").forEach(v -> offered.add(v.path("value").asText()));
                    assertThat(component.path("type").asText()).as(name).isIn("select", "radio");
                    assertThat(choice.allowed()).as(name).isEqualTo(offered);
                } else if (component.path("validate").has("maxLength")) {
                    assertThat(component.path("validate").path("maxLength").asInt()).as(name)
                            .isEqualTo(((Field) field).maxLength());
                }
                assertThat(component.path("label").asText()).as(name).startsWith(field.label().split(" ", 2)[0]);
                checked.add(entry.getKey() + " " + name);
            }
        }
        return checked;
    }

    private static String formRef(String processKey, String activity) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            for (Path bpmn : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(bpmn.toFile());
                boolean ours = model.getModelElementsByType(Process.class).stream()
                        .anyMatch(p -> p.getId().equals(processKey));
                if (ours && model.getModelElementById(activity) instanceof UserTask task) {
                    return task.getCamundaFormRef();
                }
            }
        }
        throw new AssertionError("no user task " + activity + " in " + processKey);
    }

    private static JsonNode form(String formRef) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("forms"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".form")).toList()) {
                JsonNode form = JSON.readTree(file.toFile());
                if (formRef.equals(form.path("id").asText())) {
                    return form;
                }
            }
        }
        throw new AssertionError("no form " + formRef);
    }

    private static JsonNode component(JsonNode node, String key) {
        for (JsonNode component : node.path("components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
            JsonNode nested = component(component, key);
            if (nested != null) {
                return nested;
            }
        }
        return null;
    }
}
