package com.casedesk.process;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Every user task has a Camunda Form that exists (in the deployment, or already deployed for the binding
 * the task names); no form lets a person fill in a variable the service owns (a deadline, the level, the
 * owner: {@link VariableOwnership}); and a form still asks for what the service reads from it: the fields
 * of the release's form for the same task (or of the same id) that the Java code declares as variables.
 */
final class FormCheck implements QualityCheck {

    static final String NAME = "表单 form";

    @Override
    public void check(GateModels models, GateFindings findings) {
        for (GateModels.Form form : models.forms) {
            if (form.id().isBlank()) {
                findings.add(form.resource(), form.resource(), NAME, "表单没有 id (the form has no id)");
                continue;
            }
            Set<String> owned = new TreeSet<>(form.editable());
            // as TaskVariableGuard judges at run time: every deadline (*DueBy) and what a capability declares
            owned.removeIf(field -> !field.endsWith("DueBy") && !models.serviceOwned.contains(field));
            owned.forEach(field -> findings.add(form.resource(), form.id(), NAME, "表单字段 " + field
                    + " 绑定了服务自有的变量，只能只读显示 (form field binds a variable the service owns; show it read-only): "
                    + field));
            models.release.form(form.id()).ifPresent(shipped -> keepsServiceFields(models, shipped, form,
                    form.resource(), form.id(), findings));
        }
        for (GateModels.Model model : models.models) {
            for (UserTask task : model.model().getModelElementsByType(UserTask.class)) {
                userTask(models, model, task, findings);
            }
        }
    }

    private static void userTask(GateModels models, GateModels.Model model, UserTask task, GateFindings findings) {
        String ref = task.getCamundaFormRef();
        String key = task.getCamundaFormKey();
        if (blank(ref)) {
            findings.add(model.resource(), task.getId(), NAME, blank(key)
                    ? "用户任务没有表单 (user task has no form: link a Camunda Form with Form reference)"
                    : "用户任务须用 Camunda 表单引用 formRef (user task must link a Camunda Form by reference): " + key);
            return;
        }
        if (ModelExpressions.isExpression(ref)) {
            findings.add(model.resource(), task.getId(), NAME, "表单引用不得为表达式 (form reference must name a form, "
                    + "not an expression): " + ref);
            return;
        }
        String binding = task.getCamundaFormRefBinding();
        Optional<GateModels.Form> form = models.resolveForm(ref, binding, task.getCamundaFormRefVersion());
        if (form.isEmpty()) {
            findings.add(model.resource(), task.getId(), NAME, "表单不存在 (form not found): " + ref
                    + (blank(binding) ? "" : " (binding " + binding + ")")
                    + "；请将表单一起部署 (deploy the form with the model)");
            return;
        }
        String processKey = GateModels.processKey(task);
        Optional<UserTask> shippedTask = models.release.process(processKey).map(m -> m.getModelElementById(task.getId()))
                .filter(UserTask.class::isInstance).map(UserTask.class::cast);
        Optional<GateModels.Form> shippedForm = shippedTask.map(UserTask::getCamundaFormRef).flatMap(models.release::form);
        if (shippedForm.isPresent() && !shippedForm.get().id().equals(form.get().id())) {
            keepsServiceFields(models, shippedForm.get(), form.get(), model.resource(), task.getId(), findings);
        }
    }

    /** The fields the service reads from the release's form stay editable in the new one. */
    private static void keepsServiceFields(GateModels models, GateModels.Form shipped, GateModels.Form now,
                                           String resource, String elementId, GateFindings findings) {
        Set<String> read = new TreeSet<>(shipped.editable());
        read.retainAll(models.release.java().variables());
        read.removeAll(now.editable());
        read.forEach(field -> findings.add(resource, elementId, NAME, "表单缺少服务读取的字段 " + field
                + " (form " + now.id() + " no longer asks for " + field + ", which the service reads from this task)"));
    }


    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
