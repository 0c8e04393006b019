package com.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.UnmeasuredProcesses;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NoticeRedeliveryProcess;
import com.casedesk.notification.NoticeText;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.Notifications;
import com.casedesk.notification.OutboxMessage;
import com.casedesk.notification.OutboxRepository;
import com.casedesk.notification.TestCaseFallbacks;
import com.casedesk.support.TestNotificationGateway;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.ServiceProcessAccess;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * {@code notice-redelivery} is technical: managers and compliance read its instances (Cockpit), nobody
 * works on it. Case workers, the whistleblowing groups and the process owner are played on every path of
 * the engine REST API — list and count, the instance, its variables, jobs and incidents, history — and
 * refused when they start, modify, delete, change a variable or run or retry its job; readers are
 * refused those too. Nothing changes.
 */
@PostgresTest
class NoticeRedeliveryAccessTest {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired Notifications notifications;
    @Autowired OutboxRepository outbox;

    @Test
    void caseWorkersNeitherSeeNorStartNorChangeARedeliveryAndReadersOnlyRead() throws Exception {
        UnmeasuredProcesses.allow(engine);
        String caseNumber = TestCaseFallbacks.newCaseNumber();
        OutboxMessage sms = notifications.send(caseNumber, NoticePurpose.DECISION, NotificationChannel.SMS,
                "13800138000", NoticeText.of("您的投诉已办结。"), null);
        notifications.recordFailure(TestNotificationGateway.reference(sms), "UNDELIV");
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(NoticeRedeliveryProcess.KEY)
                .processInstanceBusinessKey(caseNumber).singleResult();
        new ServiceProcessAccess(http, json, runtimeService, managementService).assertOnlyReadersSeeItAndNobodyChangesIt(
                new ServiceProcessAccess.Target(NoticeRedeliveryProcess.KEY, pi, caseNumber,
                        NoticeRedeliveryProcess.Elements.REDELIVER, "failedNoticeId",
                        "{\"value\": 1, \"type\": \"Long\"}", "\"failedNoticeId\": {\"value\": 1, \"type\": \"Long\"}"));
        String id = pi.getId();
        assertThat(outbox.findByCaseNumberOrderById(caseNumber)).as("nothing sent again").hasSize(1);
        runtimeService.deleteProcessInstance(id, "test over");
    }
}
