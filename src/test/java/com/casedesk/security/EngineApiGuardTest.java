package com.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which paths {@link EngineApiGuard} treats as event delivery, and which refusal bodies it rewrites. */
@UnitTest
class EngineApiGuardTest {

    @Test
    void everySpellingOfAnEventDeliveryIsRecognisedOnBothApis() {
        for (String uri : new String[] {"/engine-rest/message", "/engine-rest/message/async", "/engine-rest/signal",
                "/engine-rest/condition", "/engine-rest/engine/default/message", "/engine-rest/engine/other/signal",
                "/engine-rest/execution/abc/signal", "/engine-rest/execution/abc/messageSubscriptions/M/trigger",
                "/camunda/api/engine/engine/default/message", "/camunda/api/engine/engine/default/signal",
                "/camunda/api/engine/engine/default/execution/abc/messageSubscriptions/M/trigger",
                "/engine-rest//message/", "/engine-rest/mess%61ge", "/engine-rest/message;x=1",
                // running a job now: a refused run still costs it a retry (NoticeRedeliveryAccessTest)
                "/engine-rest/job/j-1/execute", "/engine-rest/engine/default/job/j-1/execute/",
                "/camunda/api/engine/engine/default/job/j-1/execute"}) {
            assertThat(EngineApiGuard.deliversEvents(EngineApiGuard.normalized(request(uri)))).as(uri).isTrue();
        }
        for (String uri : new String[] {"/engine-rest/task", "/engine-rest/task/count", "/engine-rest/process-instance",
                "/engine-rest/execution/abc", "/camunda/api/engine/engine/default/task",
                "/camunda/api/engine/message", "/api/reports/mailbox/messages", "/engine-rest/messages",
                "/engine-rest/job/j-1", "/engine-rest/job/j-1/retries", "/engine-rest/job"}) {
            assertThat(EngineApiGuard.deliversEvents(EngineApiGuard.normalized(request(uri)))).as(uri).isFalse();
        }
    }

    @Test
    void onlyAnEngineRefusalThatNamesAResourceIsRewritten() {
        EngineApiGuard guard = new EngineApiGuard();
        byte[] named = """
                {"type":"AuthorizationException","message":"ENGINE-03110 The user with id 'frontline' does not have \
                'READ' permission on resource 'pi-1' of type 'ProcessInstance'","code":0,"userId":"frontline",
                "resourceName":"ProcessInstance","resourceId":"pi-1","permissionName":"READ",
                "missingAuthorizations":[{"permissionName":"READ","resourceName":"ProcessInstance","resourceId":"pi-1"}]}
                """.getBytes(StandardCharsets.UTF_8);
        String rewritten = new String(guard.withoutResources(named), StandardCharsets.UTF_8);
        assertThat(rewritten).contains("\"type\":\"AuthorizationException\"", "\"message\"", "\"code\":0")
                .doesNotContain("pi-1", "ProcessInstance", "frontline");

        byte[] rule = """
                {"type":"AuthorizationException","message":"回避：您不能处理此案件","code":0,"missingAuthorizations":[]}
                """.getBytes(StandardCharsets.UTF_8);
        assertThat(guard.withoutResources(rule)).as("a rule's own refusal stays").isNull();
        assertThat(guard.withoutResources("<html>403</html>".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(guard.withoutResources("{\"type\":\"RestException\",\"message\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                .isNull();
    }

    private static MockHttpServletRequest request(String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
        request.setContextPath("");
        return request;
    }
}
