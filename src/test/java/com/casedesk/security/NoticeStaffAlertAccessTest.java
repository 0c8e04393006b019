package com.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.UnmeasuredProcesses;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NoticeStaffAlertProcess;
import com.casedesk.notification.OutboxMessage;
import com.casedesk.notification.OutboxRepository;
import com.casedesk.support.Complaints;
import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.ServiceProcessAccess;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * {@code notice-staff-alert} is technical like {@code notice-redelivery} (NoticeRedeliveryAccessTest):
 * managers and compliance read its instances (Cockpit), nobody works on it — not even the group it
 * alerts. Case workers (the alerted supervisors among them), the whistleblowing groups and the process
 * owner are played on every path of the engine REST API — list and count, the instance, its variables,
 * jobs and incidents, history — and refused when they start, modify, delete, change a variable or run or
 * retry its job; readers are refused those too. Nothing changes, nothing is sent.
 */
@PostgresTest
class NoticeStaffAlertAccessTest {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired OutboxRepository outbox;
    @Autowired ComplaintIntake intake;
    @Autowired EngineDriver driver;

    @Test
    void nobodyButTheReadersSeesAnAlertAndNobodyStartsOrChangesOrRunsIt() throws Exception {
        UnmeasuredProcesses.allow(engine);
        String caseNumber = intake.register(Complaints.ordinary(), null, "test", "frontline").receipt().caseNumber();
        ProcessInstance complaint = runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.KEY)
                .processInstanceBusinessKey(caseNumber).singleResult();
        driver.executeJob(complaint, ComplaintProcess.Elements.ACKNOWLEDGE);
        driver.executeJob(complaint, ComplaintProcess.Elements.DEADLINE_TIMER);
        Task supervise = driver.task(complaint, ComplaintProcess.Elements.SUPERVISE);
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(NoticeStaffAlertProcess.KEY)
                .variableValueEquals(NoticeStaffAlertProcess.Vars.TASK_ID.name(), supervise.getId()).singleResult();
        assertThat(pi.getBusinessKey()).isEqualTo(caseNumber);
        new ServiceProcessAccess(http, json, runtimeService, managementService).assertOnlyReadersSeeItAndNobodyChangesIt(
                new ServiceProcessAccess.Target(NoticeStaffAlertProcess.KEY, pi, caseNumber,
                        NoticeStaffAlertProcess.Elements.SEND_ALERT, "taskId",
                        "{\"value\": \"x\", \"type\": \"String\"}", "\"taskId\": {\"value\": \"x\", \"type\": \"String\"}"));
        String id = pi.getId();
        assertThat(outbox.findByCaseNumberOrderById(caseNumber)).extracting(OutboxMessage::purpose)
                .as("no alert sent").doesNotContain(NoticePurpose.ESCALATION);
        runtimeService.deleteProcessInstance(id, "test over");
    }
}
