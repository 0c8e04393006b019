package com.casedesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Logs in to one of Camunda's webapps the way the browser does: a page hands out the CSRF token
 * (header and cookie) for the session, the login form posts it back, and the session cookie that comes
 * back carries the login.
 */
public final class WebappLogin {

    /** The login's answer (it names the apps the user may open) and the cookies of the logged-in session. */
    public record Session(ResponseEntity<String> login, String cookies) {

        /** Headers for a further request in this session. */
        public HttpHeaders headers() {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.COOKIE, cookies);
            headers.setAccept(List.of(MediaType.APPLICATION_JSON));
            return headers;
        }
    }

    private WebappLogin() {
    }

    /** Logs {@code user} (password {@code demo}) in to {@code app}: tasklist, cockpit or admin. */
    public static Session as(TestRestTemplate http, String user, String app) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/default/", String.class);
        String csrf = page.getHeaders().getFirst("X-XSRF-TOKEN");
        String cookies = cookies(page.getHeaders());
        HttpHeaders form = new HttpHeaders();
        form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        form.set("X-XSRF-TOKEN", csrf);
        form.set(HttpHeaders.COOKIE, cookies);
        ResponseEntity<String> login = http.exchange("/camunda/api/admin/auth/user/default/login/" + app,
                HttpMethod.POST, new HttpEntity<>("username=" + user + "&password=demo", form), String.class);
        assertThat(login.getStatusCode()).as("login " + user + " to " + app + ": " + login.getBody())
                .isEqualTo(HttpStatus.OK);
        return new Session(login, merge(cookies, cookies(login.getHeaders())));
    }

    private static String cookies(HttpHeaders headers) {
        List<String> cookies = new ArrayList<>();
        for (String setCookie : headers.getOrDefault(HttpHeaders.SET_COOKIE, List.of())) {
            cookies.add(setCookie.split(";", 2)[0]);
        }
        return String.join("; ", cookies);
    }

    /** The cookies of {@code before}, replaced by those of {@code after} with the same name. */
    private static String merge(String before, String after) {
        Map<String, String> jar = new LinkedHashMap<>();
        for (String cookies : List.of(before, after)) {
            for (String cookie : cookies.split("; ")) {
                if (!cookie.isBlank()) {
                    jar.put(cookie.split("=", 2)[0], cookie);
                }
            }
        }
        return String.join("; ", jar.values());
    }
}
