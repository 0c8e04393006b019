package com.casedesk.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.parser.ResourceReportImpl;

/**
 * A new deployment that breaks the deployment rules. A {@link ParseException}, because that is what the
 * engine REST API answers with 400 and a {@code details} report per resource (Camunda Modeler shows
 * it), and because it is what a model the engine cannot parse raises on every other path too.
 */
public class DeploymentRefusedException extends ParseException {

    private static final long serialVersionUID = 1L;

    DeploymentRefusedException(Map<String, List<DeploymentRules.Finding>> findingsByResource) {
        super(message(findingsByResource), findingsByResource.keySet().iterator().next(), List.of(), List.of());
        List<ResourceReport> reports = new ArrayList<>();
        findingsByResource.forEach((resource, findings) -> reports.add(new ResourceReportImpl(resource,
                findings.stream().<Problem>map(GateProblem::new).toList(), List.of())));
        this.resorceReports = reports;
    }

    private static String message(Map<String, List<DeploymentRules.Finding>> findingsByResource) {
        return "部署被拒绝 (deployment refused): " + findingsByResource.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(f -> "\n* " + e.getKey() + " | " + f.elementId() + " | " + f.reason()))
                .collect(Collectors.joining());
    }

    private record GateProblem(DeploymentRules.Finding finding) implements Problem {

        @Override
        public String getMessage() {
            return finding.reason();
        }

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getColumn() {
            return 0;
        }

        @Override
        public String getMainElementId() {
            return finding.elementId();
        }

        @Override
        public List<String> getElementIds() {
            return List.of(finding.elementId());
        }
    }
}
