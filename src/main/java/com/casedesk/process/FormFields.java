package com.casedesk.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The variables a Camunda Form (form-js JSON) lets a person fill in: the keys of its input
 * components, without those that only show something. A {@code disabled} or {@code readonly} field
 * shows a variable, it does not ask for one; text, html, images, buttons and the like ask for
 * nothing; an {@code expression} field is computed by the form, not typed by a person.
 */
final class FormFields {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NOT_INPUTS = Set.of("text", "html", "image", "button", "separator", "spacer",
            "iframe", "table", "documentPreview", "expression");

    private FormFields() {
    }

    static Set<String> editable(InputStream form) {
        try {
            return editable(JSON.readTree(form));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable Camunda Form", e);
        }
    }

    static Set<String> editable(JsonNode form) {
        Set<String> fields = new LinkedHashSet<>();
        collect(form.path("components"), null, fields);
        return Collections.unmodifiableSet(fields);
    }

    /** Groups and dynamic lists with a {@code path} nest their fields under that variable. */
    private static void collect(JsonNode components, String path, Set<String> fields) {
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            boolean shownOnly = c.path("disabled").asBoolean(false) || c.path("readonly").asBoolean(false);
            String nested = path != null ? path : blankToNull(c.path("path").asText(null));
            if (c.has("components")) {
                if (!shownOnly) {
                    collect(c.path("components"), nested, fields);
                }
                continue;
            }
            String key = blankToNull(c.path("key").asText(null));
            if (key == null || shownOnly || NOT_INPUTS.contains(type)) {
                continue;
            }
            // a variable is the first segment of a field's path: "a.b" writes variable "a"
            fields.add(firstSegment(path != null ? path : key));
        }
    }

    private static String firstSegment(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
