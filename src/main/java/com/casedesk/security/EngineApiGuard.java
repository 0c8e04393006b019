package com.casedesk.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * One guard for both doors into the engine's REST API: {@code /engine-rest/**} (Basic auth, Modeler)
 * and the webapps' {@code /camunda/api/**} (session login, Tasklist and Cockpit).
 *
 * <ul>
 *   <li><b>Events are delivered, jobs run, by the service.</b> Correlating a message (also as a batch,
 *   {@code /message/async}), throwing a signal or evaluating conditional starts, triggering an
 *   execution's subscription, and running a job now (a refused run still costs the job a retry: anyone
 *   could push any notice into an incident), is refused to all but administrators, before the engine
 *   is asked, with one answer whatever the name, business key or process: the engine's own answers
 *   (403 naming the process instance, 400 "no execution matches") tell whether a report or case exists,
 *   and a correlation would let a person push someone else's case on.</li>
 *   <li><b>Refusals name nothing.</b> The engine's 403 names the resource it refused
 *   ({@code … on resource '<id>' of type 'ProcessInstance'}), which confirms that a hidden instance,
 *   task or variable exists. Such a body is replaced by a generic one that keeps the fields the
 *   webapps show ({@code type}, {@code message}). A 403 that names no resource (a rule's own refusal)
 *   passes unchanged.</li>
 * </ul>
 */
class EngineApiGuard extends OncePerRequestFilter {

    static final String EVENTS_REFUSED = "消息与信号只由服务传递、作业只由服务执行，不能通过引擎接口触发。 (Messages and"
            + " signals are delivered, and jobs run, by the service, not through the engine API.)";
    static final String NOT_PERMITTED = "无权执行此操作。 (You are not permitted to do this.)";
    static final String AUTHORIZATION_EXCEPTION = "AuthorizationException";

    /** After the API prefix and an optional {@code /engine/{name}}: the event-delivering resources, a job's run. */
    private static final Pattern EVENT_PATHS = Pattern.compile("^(?:/engine/([^/]+))?/(?:(?:message|signal|condition)"
            + "(?:/.*)?|job/[^/]+/execute|execution/[^/]+/(?:signal|messageSubscriptions/[^/]+/trigger))$");
    private static final String ENGINE_REST = "/engine-rest";
    private static final String WEBAPP_ENGINE_API = "/camunda/api/engine";
    private static final String DEFAULT_ENGINE = "default";

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = normalized(request);
        if (deliversEvents(path) && !administrator(request, path)) {
            refuseEvents(response);
            return;
        }
        RefusalCapture capture = new RefusalCapture(response);
        try {
            chain.doFilter(request, capture);
        } finally {
            capture.finish();
        }
    }

    /** The path inside the application, decoded, without matrix parameters, doubled or trailing slashes. */
    static String normalized(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        String decoded = UriUtils.decode(uri.replaceAll(";[^/]*", ""), StandardCharsets.UTF_8);
        return decoded.replaceAll("/{2,}", "/").replaceAll("(?<=.)/+$", "");
    }

    static boolean deliversEvents(String path) {
        return eventMatcher(path) != null;
    }

    private static Matcher eventMatcher(String path) {
        String rest;
        if (path.startsWith(ENGINE_REST + "/")) {
            rest = path.substring(ENGINE_REST.length());
        } else if (path.startsWith(WEBAPP_ENGINE_API + "/")) {
            // the webapps' engine API always names the engine
            rest = path.substring(WEBAPP_ENGINE_API.length());
            if (!rest.startsWith("/engine/")) {
                return null;
            }
        } else {
            return null;
        }
        Matcher m = EVENT_PATHS.matcher(rest);
        return m.matches() ? m : null;
    }

    /** Basic-auth callers of /engine-rest through Spring Security; webapp users through their session. */
    private static boolean administrator(HttpServletRequest request, String path) {
        if (path.startsWith(ENGINE_REST + "/")) {
            return CurrentUser.get().isPresent() && CurrentUser.groups().contains(Groups.CAMUNDA_ADMIN);
        }
        Matcher m = eventMatcher(path);
        String engine = m == null || m.group(1) == null ? DEFAULT_ENGINE : m.group(1);
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
        return auths != null && auths.getAuthenticationForProcessEngine(engine) instanceof UserAuthentication user
                && user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
    }

    private void refuseEvents(HttpServletResponse response) throws IOException {
        ObjectNode body = json.createObjectNode();
        body.put("type", AUTHORIZATION_EXCEPTION);
        body.put("title", "Forbidden");
        body.put("status", HttpServletResponse.SC_FORBIDDEN);
        body.put("detail", EVENTS_REFUSED);
        body.put("message", EVENTS_REFUSED);
        write(response, MediaType.APPLICATION_PROBLEM_JSON_VALUE, json.writeValueAsBytes(body));
    }

    private static void write(HttpServletResponse response, String contentType, byte[] body) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(contentType);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * The engine's 403 body without the resource it names, or null to keep the body: it is not an
     * engine authorization refusal, or it names no resource.
     */
    byte[] withoutResources(byte[] body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (IOException e) {
            return null;
        }
        if (node == null || !node.isObject() || !AUTHORIZATION_EXCEPTION.equals(node.path("type").asText())) {
            return null;
        }
        boolean namesResource = node.hasNonNull("resourceId") || node.hasNonNull("resourceName")
                || node.path("missingAuthorizations").size() > 0;
        if (!namesResource) {
            return null;
        }
        ObjectNode generic = json.createObjectNode();
        generic.put("type", AUTHORIZATION_EXCEPTION);
        generic.put("message", NOT_PERMITTED);
        if (node.has("code")) {
            generic.set("code", node.get("code"));
        }
        try {
            return json.writeValueAsBytes(generic);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Holds back the body of a 403 (small, written after the status is set) until it is checked;
     * every other answer streams through untouched.
     */
    private final class RefusalCapture extends HttpServletResponseWrapper {

        private ByteArrayOutputStream held;
        private ServletOutputStream stream;
        private PrintWriter writer;

        RefusalCapture(HttpServletResponse response) {
            super(response);
        }

        private boolean holding() {
            if (held == null && getStatus() == HttpServletResponse.SC_FORBIDDEN) {
                held = new ByteArrayOutputStream();
            }
            return held != null;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!holding()) {
                return super.getOutputStream();
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        held.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        held.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("blocking only");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!holding()) {
                return super.getWriter();
            }
            if (writer == null) {
                String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), encoding));
            }
            return writer;
        }

        @Override
        public void setContentLength(int len) {
            if (!holding()) {
                super.setContentLength(len);
            }
        }

        @Override
        public void setContentLengthLong(long len) {
            if (!holding()) {
                super.setContentLengthLong(len);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!(HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name) && holding())) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!(HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name) && holding())) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setIntHeader(String name, int value) {
            if (!(HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name) && holding())) {
                super.setIntHeader(name, value);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (held == null) {
                super.flushBuffer();
            }
        }

        /** Writes what was held back: the generic refusal, or the original body. */
        void finish() throws IOException {
            if (held == null) {
                return;
            }
            if (writer != null) {
                writer.flush();
            }
            byte[] original = held.toByteArray();
            byte[] generic = withoutResources(original);
            HttpServletResponse response = (HttpServletResponse) getResponse();
            byte[] body = generic == null ? original : generic;
            if (!response.isCommitted()) {
                response.setContentLength(body.length);
            }
            response.getOutputStream().write(body);
            response.flushBuffer();
        }
    }
}
