package com.casedesk.process;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The element ids the Java code names ({@code *Process.Elements}: timer queries, listeners, the service's
 * own task look-ups) still exist in a new version of a process the release ships, and the variables the code
 * declares ({@code *Process.Vars}) that the release's model writes (a result variable, an output parameter, a
 * call activity's mapping) are still written. An owner who renames or removes one in Modeler would break the
 * service for every new case, silently.
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
                Map<String, String> needed = written(shipped);
                needed.keySet().retainAll(models.release.java().variables());
                needed.keySet().removeAll(written(model.model()).keySet());
                needed.forEach((variable, where) -> findings.add(model.resource(), where, NAME, "服务代码读取的变量 "
                        + variable + " 不再由模型写入 (variable " + variable + " is read by the service's code and was "
                        + "written here (result variable, output parameter or call activity mapping); keep it)"));
            }
        }
    }

    /** Variable → the element that writes it, for what a model itself writes for the code to read. */
    private static Map<String, String> written(BpmnModelInstance model) {
        Map<String, String> written = new TreeMap<>();
        model.getModelElementsByType(BusinessRuleTask.class).stream().filter(t -> t.getCamundaResultVariable() != null)
                .forEach(t -> written.put(t.getCamundaResultVariable(), t.getId()));
        model.getModelElementsByType(CamundaOutputParameter.class)
                .forEach(p -> written.put(p.getCamundaName(), owner(p)));
        model.getModelElementsByType(CamundaOut.class).stream().filter(o -> o.getCamundaTarget() != null)
                .forEach(o -> written.put(o.getCamundaTarget(), owner(o)));
        model.getModelElementsByType(CamundaIn.class).stream().filter(i -> i.getCamundaTarget() != null)
                .forEach(i -> written.put(i.getCamundaTarget(), owner(i)));
        return written;
    }

    private static String owner(ModelElementInstance element) {
        for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
            if (e instanceof BaseElement base && base.getId() != null) {
                return base.getId();
            }
        }
        return "(document)";
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
