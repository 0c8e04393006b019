package com.casedesk.complaint.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.casefile.CaseEvent;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintFlag;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The grading reason a case gets on the deployed table: every condition it meets, in the ledger, the
 * case's log and the process; and a threshold a process owner changes in Modeler is the threshold the
 * next case's reason names.
 */
@PostgresTest
class GradingReasonLedgerTest {

    @Autowired ComplaintIntake intake;
    @Autowired ComplaintRepository complaints;
    @Autowired CaseEventLog events;
    @Autowired HistoryService historyService;
    @Autowired RepositoryService repositoryService;
    @Autowired TestRestTemplate http;

    @Test
    void aCaseMeetingThreeLevel1ConditionsHasAllThreeAsItsReason() {
        Complaint graded = register(new BigDecimal("600000.00"), Set.of(ComplaintFlag.MASS_INCIDENT), 25);

        String all = GradingReasonDecisionTest.AMOUNT_L1 + "；" + GradingReasonDecisionTest.MASS + "；"
                + GradingReasonDecisionTest.JOINT;
        assertThat(graded.getLevel()).isEqualTo(1);
        assertThat(graded.getGradingReason()).isEqualTo(all);
        assertThat(events.history(graded.getCaseNumber())).filteredOn(e -> e.eventType().equals("GRADED"))
                .singleElement().extracting(CaseEvent::detail).asString().contains(all, "重大投诉");
        String handling = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ComplaintProcess.KEY)
                .processInstanceBusinessKey(graded.getCaseNumber()).singleResult().getId();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(handling)
                .variableName(ComplaintProcess.Vars.GRADING_REASON.name()).singleResult().getValue()).isEqualTo(all);
    }

    @Test
    void aThresholdTheProcessOwnerLowersIsTheThresholdOfTheNextCasesReason() throws Exception {
        String table;
        try (InputStream dmn = getClass().getResourceAsStream("/processes/complaint/complaint-grading.dmn")) {
            table = new String(dmn.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(table).contains("<text>&gt;= 500000</text>");
        assertThat(register(new BigDecimal("350000.00"), Set.of(), 1).getGradingReason())
                .isEqualTo("索赔金额≥5万");

        ResponseEntity<String> deployed = deploy(table.replace("<text>&gt;= 500000</text>", "<text>&gt;= 300000</text>"));
        assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
        String deploymentId = new ObjectMapper().readTree(deployed.getBody()).get("id").asText();
        try {
            Complaint graded = register(new BigDecimal("350000.00"), Set.of(), 1);
            assertThat(graded.getLevel()).isEqualTo(1);
            assertThat(graded.getGradingReason()).isEqualTo("索赔金额≥30万");
        } finally {
            repositoryService.deleteDeployment(deploymentId, true);
        }
        assertThat(register(new BigDecimal("350000.00"), Set.of(), 1).getGradingReason())
                .isEqualTo("索赔金额≥5万");
    }

    private Complaint register(BigDecimal amount, Set<ComplaintFlag> flags, int joint) {
        String caseNumber = intake.register(Complaints.with(Channel.ONLINE, amount, flags, joint), null, "test", "frontline")
                .receipt().caseNumber();
        return complaints.getByCaseNumber(caseNumber);
    }

    /** As Modeler deploys: the process owner, through the engine's REST API. */
    private ResponseEntity<String> deploy(String dmn) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "complaint-grading threshold");
        form.add("deployment-source", "Camunda Modeler");
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        form.add("complaint-grading.dmn", new HttpEntity<>(new ByteArrayResource(dmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "complaint-grading.dmn";
            }
        }, part));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth("owner", "demo").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(form, headers), String.class);
    }
}
