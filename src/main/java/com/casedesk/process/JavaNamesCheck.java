package com.casedesk.process;

import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;

/**
 * The element ids the Java code names ({@code *Process.Elements}: timer queries, listeners, the service's
 * own task look-ups) still exist in a new version of a process the release ships. An owner who renames or
 * removes such an element in Modeler would break the service for every new case, silently.
 *
 * <p>One exception: an earlier release of a model (a lower numeric {@code versionTag} than the release's),
 * deployed by the service's own code without a user (tests of cases still running on an old version). The
 * code keeps serving those versions' running cases; a person (every REST and webapp caller is one) never
 * gets the exception.
 */
final class JavaNamesCheck implements QualityCheck {

    static final String NAME = "Java 引用 Java names";

    @Override
    public void check(GateModels models, GateFindings findings) {
        for (GateModels.Model model : models.models) {
            for (Process process : model.model().getModelElementsByType(Process.class)) {
                Set<String> named = models.release.java().elements(process.getId());
                BpmnModelInstance shipped = models.release.process(process.getId()).orElse(null);
                if (named.isEmpty() || shipped == null || earlierRelease(models, process, shipped)) {
                    continue;
                }
                for (String id : new TreeSet<>(named)) {
                    boolean shippedHasIt = shipped.getModelElementById(id) instanceof BaseElement;
                    if (shippedHasIt && !(model.model().getModelElementById(id) instanceof BaseElement)) {
                        findings.add(model.resource(), id, NAME, "服务代码引用的元素被删除或改名 (element " + id
                                + " is named by the service's code (" + models.release.java().declaration(process.getId())
                                + ".Elements) and was removed or renamed; keep its id)");
                    }
                }
            }
        }
    }

    private static boolean earlierRelease(GateModels models, Process process, BpmnModelInstance shipped) {
        if (models.deployingUser != null) {
            return false;
        }
        String tag = process.getCamundaVersionTag();
        String releaseTag = shipped.<Process>getModelElementById(process.getId()).getCamundaVersionTag();
        return tag != null && releaseTag != null && tag.matches("\\d{1,9}") && releaseTag.matches("\\d{1,9}")
                && Integer.parseInt(tag) < Integer.parseInt(releaseTag);
    }
}
