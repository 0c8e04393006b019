package com.casedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java code names models' element ids and variables through declaration classes ({@code *Process} with
 * {@code KEY}, {@code Elements} and {@code Vars}). A process owner who renames an element in Modeler, or a
 * developer who mistypes one, breaks a timer query, a test or a listener silently: this test finds every
 * declaration class and checks each name against the models that are deployed (processes/, forms/).
 */
class ModelReferencesTest {

    private static final Path MODELS = Path.of("processes");
    private static final Path FORMS = Path.of("forms");

    /** Process id → the ids of every element of that model (sub-processes included). */
    private static final Map<String, Set<String>> ELEMENTS_BY_PROCESS = new LinkedHashMap<>();
    /** Every word of every model, decision table and form: where a variable can be named. */
    private static final Set<String> NAMES = new TreeSet<>();
    /** The ids of processes in which a person works on a task. */
    private static final Set<String> USER_TASK_PROCESSES = new TreeSet<>();
    private static List<Class<?>> declarations;
    private static com.tngtech.archunit.core.domain.JavaClasses mainClasses;

    @BeforeAll
    static void readModels() throws IOException {
        try (Stream<Path> files = Files.walk(MODELS)) {
            for (Path bpmn : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(bpmn.toFile());
                Set<String> ids = model.getModelElementsByType(BaseElement.class).stream()
                        .map(BaseElement::getId).filter(id -> id != null).collect(Collectors.toSet());
                boolean people = !model.getModelElementsByType(UserTask.class).isEmpty();
                for (Process process : model.getModelElementsByType(Process.class)) {
                    ELEMENTS_BY_PROCESS.put(process.getId(), ids);
                    if (people) {
                        USER_TASK_PROCESSES.add(process.getId());
                    }
                }
            }
        }
        try (Stream<Path> files = Stream.concat(Files.walk(MODELS), Files.walk(FORMS))) {
            files.filter(Files::isRegularFile).forEach(ModelReferencesTest::collectNames);
        }
        mainClasses = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.casedesk");
        declarations = mainClasses.stream()
                .filter(c -> c.getSimpleName().endsWith("Process") && !c.isNestedClass())
                .filter(c -> c.getAllFields().stream().anyMatch(f -> f.getName().endsWith("KEY")))
                .map(JavaClass::reflect)
                .collect(Collectors.toList());
    }

    @Test
    void findsTheDeclarationsOfEveryProcess() {
        assertThat(declarations).extracting(Class::getSimpleName).contains("ComplaintProcess", "WbProcess",
                "RectificationProcess", "ReviewProcess", "ExtensionProcess", "NoticeProcess", "StuckCaseProcess",
                "RetentionProcess");
    }

    @Test
    void everyDeclaredProcessKeyIsADeployedModel() {
        List<String> missing = new ArrayList<>();
        for (Class<?> declaration : declarations) {
            for (String key : keys(declaration)) {
                if (!ELEMENTS_BY_PROCESS.containsKey(key)) {
                    missing.add(declaration.getSimpleName() + ": " + key);
                }
            }
        }
        assertThat(missing).as("process keys without a model under processes/").isEmpty();
    }

    @Test
    void everyElementIdTheCodeNamesExistsInItsModel() {
        List<String> missing = new ArrayList<>();
        for (Class<?> declaration : declarations) {
            Set<String> ids = keys(declaration).stream()
                    .flatMap(key -> ELEMENTS_BY_PROCESS.getOrDefault(key, Set.of()).stream())
                    .collect(Collectors.toSet());
            for (String id : constants(declaration, "Elements")) {
                if (!ids.contains(id)) {
                    missing.add(declaration.getSimpleName() + ".Elements: " + id);
                }
            }
        }
        assertThat(missing).as("element ids named in Java but absent from the model").isEmpty();
    }

    /**
     * A variable the model never names is one the service carries between its own delegates (an id that
     * ties a process to the ledger, a withdrawal's reason): then it must be declared service-owned, so no
     * person can write it through a task. A model without user tasks has only such variables.
     */
    @Test
    void everyVariableTheCodeNamesIsNamedByADeployedModelOrFormOrOwnedByTheService() {
        Set<String> serviceOwned = serviceOwnedVariables();
        List<String> missing = new ArrayList<>();
        for (Class<?> declaration : declarations) {
            boolean withoutPeople = keys(declaration).stream().noneMatch(USER_TASK_PROCESSES::contains);
            for (String variable : constants(declaration, "Vars")) {
                if (!NAMES.contains(variable) && !serviceOwned.contains(variable) && !withoutPeople) {
                    missing.add(declaration.getSimpleName() + ".Vars: " + variable);
                }
            }
        }
        assertThat(missing).as("variables declared in Java that no model, decision table or form names, "
                + "and that are not service-owned").isEmpty();
    }

    private static Set<String> serviceOwnedVariables() {
        Set<String> owned = new TreeSet<>();
        mainClasses.stream()
                .filter(c -> c.isAssignableTo(VariableOwnership.class) && !c.isInterface())
                .forEach(c -> owned.addAll(instantiate(c.reflect()).serviceOwned()));
        return owned;
    }

    private static VariableOwnership instantiate(Class<?> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (VariableOwnership) constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " needs a constructor without arguments for this test", e);
        }
    }

    private static void collectNames(Path file) {
        try {
            Matcher words = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*").matcher(Files.readString(file));
            while (words.find()) {
                NAMES.add(words.group());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> keys(Class<?> declaration) {
        List<String> keys = new ArrayList<>();
        for (Field field : declaration.getDeclaredFields()) {
            if (field.getName().endsWith("KEY") && field.getType() == String.class) {
                keys.add((String) read(field));
            }
        }
        return keys;
    }

    /** The names held by a nested declaration class: Strings, or {@link ProcessVariable}s by their name. */
    private static List<String> constants(Class<?> declaration, String nested) {
        List<String> names = new ArrayList<>();
        for (Class<?> inner : declaration.getDeclaredClasses()) {
            if (!inner.getSimpleName().equals(nested)) {
                continue;
            }
            for (Field field : inner.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Object value = read(field);
                if (value instanceof String name) {
                    names.add(name);
                } else if (value instanceof ProcessVariable<?> variable) {
                    names.add(variable.name());
                }
            }
        }
        return names;
    }

    private static Object read(Field field) {
        try {
            field.setAccessible(true);
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
