package com.casedesk.support;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A deployment as Camunda Modeler sends it ({@code POST /engine-rest/deployment/create}): multipart, one part
 * per file, as the given user, so the engine's REST authentication and the deployment gates see what they see
 * in production.
 */
public final class RestDeployments {

    private RestDeployments() {
    }

    /** Deploys one file; the file name is also the deployment name. */
    public static ResponseEntity<String> deploy(TestRestTemplate http, String user, String password, String file,
            String content) {
        return deploy(http, user, password, file, Map.of(file, content));
    }

    /** Deploys every file (file name → content) in one deployment called {@code name}. */
    public static ResponseEntity<String> deploy(TestRestTemplate http, String user, String password, String name,
            Map<String, String> resources) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", name);
        form.add("deployment-source", "Camunda Modeler");
        resources.forEach((file, content) -> {
            HttpHeaders part = new HttpHeaders();
            part.setContentType(MediaType.APPLICATION_OCTET_STREAM);
            form.add(file, new HttpEntity<>(new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
                @Override
                public String getFilename() {
                    return file;
                }
            }, part));
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, password).postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(form, headers), String.class);
    }
}
