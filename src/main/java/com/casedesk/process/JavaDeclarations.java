package com.casedesk.process;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * What the Java code names in the models: the declaration classes {@code *Process} with {@code KEY},
 * {@code Elements} and {@code Vars} (the same ones ModelReferencesTest checks against the repository's
 * models). Read by reflection, so the engine seam depends on no capability.
 */
final class JavaDeclarations {

    /** Declaration class simple name → … for messages; process key → element ids Java names. */
    private final Map<String, Set<String>> elementsByKey = new HashMap<>();
    private final Map<String, String> declarationByKey = new HashMap<>();
    private final Set<String> variables = new HashSet<>();
    private final Set<String> startFacts = new HashSet<>();

    private JavaDeclarations() {
    }

    static JavaDeclarations scan(String basePackage) {
        JavaDeclarations found = new JavaDeclarations();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Process")));
        ClassLoader loader = JavaDeclarations.class.getClassLoader();
        for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
            try {
                found.read(ClassUtils.forName(candidate.getBeanClassName(), loader));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot read declaration " + candidate.getBeanClassName(), e);
            }
        }
        return found;
    }

    /** The element ids the code names for a process key (empty when none). */
    Set<String> elements(String processKey) {
        return elementsByKey.getOrDefault(processKey, Set.of());
    }

    String declaration(String processKey) {
        return declarationByKey.getOrDefault(processKey, "?");
    }

    /** Every process variable the code declares ({@code *Process.Vars}). */
    Set<String> variables() {
        return variables;
    }

    /**
     * The transient facts a process starts with ({@code *Process.StartFacts}): there until its first wait state,
     * never stored, so no model expression may count on them.
     */
    Set<String> startFacts() {
        return startFacts;
    }

    private void read(Class<?> declaration) {
        Set<String> keys = new HashSet<>();
        for (Field field : declaration.getDeclaredFields()) {
            if (field.getName().endsWith("KEY") && field.getType() == String.class && isStatic(field)) {
                keys.add((String) value(field));
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        Set<String> elements = new HashSet<>();
        for (Class<?> nested : declaration.getDeclaredClasses()) {
            for (Field field : nested.getDeclaredFields()) {
                if (!isStatic(field)) {
                    continue;
                }
                Object value = value(field);
                if (nested.getSimpleName().equals("Elements") && value instanceof String id) {
                    elements.add(id);
                } else if (nested.getSimpleName().equals("Vars") && value instanceof ProcessVariable<?> variable) {
                    variables.add(variable.name());
                } else if (nested.getSimpleName().equals("Vars") && value instanceof String name) {
                    variables.add(name);
                } else if (nested.getSimpleName().equals("StartFacts") && value instanceof ProcessVariable<?> fact) {
                    startFacts.add(fact.name());
                }
            }
        }
        for (String key : keys) {
            elementsByKey.computeIfAbsent(key, k -> new HashSet<>()).addAll(elements);
            declarationByKey.put(key, declaration.getSimpleName());
        }
    }

    private static boolean isStatic(Field field) {
        return Modifier.isStatic(field.getModifiers());
    }

    private static Object value(Field field) {
        try {
            field.setAccessible(true);
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
