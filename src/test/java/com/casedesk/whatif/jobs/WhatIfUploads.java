package com.casedesk.whatif.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Multipart requests to POST /api/whatif as a client (Modeler's files) sends them. */
final class WhatIfUploads {

    static final String GRADING = "processes/complaint/complaint-grading.dmn";

    /** One file part of the form. */
    record Part(String field, String name, byte[] content) {
    }

    private WhatIfUploads() {
    }

    static Part file(String field, String name, byte[] content) {
        return new Part(field, name, content);
    }

    static Part file(String field, String name, String content) {
        return new Part(field, name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The shipped grading table with a lower threshold for Level 2: a change an owner would try. */
    static byte[] changedGrading() {
        String changed = read(GRADING).replace("<text>&gt;= 50000</text>", "<text>&gt;= 30000</text>");
        return changed.getBytes(StandardCharsets.UTF_8);
    }

    static String read(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MultiValueMap<String, Object> form(List<Part> parts, Map<String, String> fields) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        for (Part part : parts) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
            form.add(part.field(), new HttpEntity<>(new ByteArrayResource(part.content()) {
                @Override
                public String getFilename() {
                    return part.name();
                }
            }, headers));
        }
        fields.forEach(form::add);
        return form;
    }

    /** As {@code user} (password demo), or anonymous for null; with an Idempotency-Key unless null. */
    static ResponseEntity<String> post(TestRestTemplate http, String user, MultiValueMap<String, Object> form, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setAccept(List.of(MediaType.ALL));
        if (key != null) {
            headers.set("Idempotency-Key", key);
        }
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, "demo");
        return client.exchange("/api/whatif", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }
}
