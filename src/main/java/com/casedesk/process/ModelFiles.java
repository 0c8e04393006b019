package com.casedesk.process;

import java.util.List;

/**
 * What a model file is and which keys it defines, for code outside this package that receives model files
 * without deploying them (the what-if runs of process owners, whatif/jobs): the same reading as the
 * deployment gate's, so a file is owned by the same group whether it is deployed or only tried.
 */
public final class ModelFiles {

    private ModelFiles() {
    }

    /** Whether the name is of a BPMN process, a DMN decision table or a Camunda Form, as the engine deploys them. */
    public static boolean isModel(String name) {
        return DeploymentRules.isBpmn(name) || DeploymentRules.isDmn(name) || DeploymentRules.isForm(name);
    }

    /** The process, decision and form keys the file defines; empty if it cannot be read as its type. */
    public static List<String> keysOf(String name, byte[] content) {
        return ModelKeys.of(name, content).stream().map(ModelKeys.Key::key).toList();
    }
}
