package com.casedesk.process;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

/**
 * Camunda's commands keep their arguments (task id, variables, builders) in protected fields without
 * getters; the command guards read them by name. Each command class's fields are looked up once: every
 * engine call passes the guards. The guards pin the fields they rely on at engine start
 * ({@link #requireDeclared}), so an engine upgrade that renames one stops the start instead of
 * silencing a check.
 */
final class CommandFields {

    private static final ClassValue<Map<String, Field>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, Field> computeValue(Class<?> type) {
            Map<String, Field> fields = new HashMap<>();
            for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
                for (Field field : t.getDeclaredFields()) {
                    if (!fields.containsKey(field.getName()) && !java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                        field.setAccessible(true);
                        fields.put(field.getName(), field);
                    }
                }
            }
            return fields;
        }
    };

    private CommandFields() {
    }

    /** The field's value, or null when the command has no field of that name. */
    static Object read(Object command, String name) {
        Field field = FIELDS.get(command.getClass()).get(name);
        if (field == null) {
            return null;
        }
        try {
            return field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + name + " of " + command.getClass().getName(), e);
        }
    }

    /** The field's value; the command must have that field. */
    static Object required(Object command, String name) {
        if (!FIELDS.get(command.getClass()).containsKey(name)) {
            throw new IllegalStateException("no field " + name + " in " + command.getClass().getName());
        }
        return read(command, name);
    }

    /** Fails unless the class (or a superclass) declares the field: for the guards' check at engine start. */
    static void requireDeclared(Class<?> owner, String name, String guard) {
        if (!FIELDS.get(owner).containsKey(name)) {
            throw new IllegalStateException("the engine changed: " + owner.getName() + " has no field " + name
                    + "; " + guard + " cannot see what its commands do");
        }
    }
}
