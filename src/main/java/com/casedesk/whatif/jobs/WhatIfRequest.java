package com.casedesk.whatif.jobs;

import java.util.List;

/**
 * What a process owner sends to start a what-if run, from the API (multipart) or the Cockpit view (JSON):
 * the numbers as text, so that a bad one is answered naming its field rather than as an unreadable request.
 *
 * @param candidates the model files as Modeler saved them (.bpmn, .dmn, .form)
 * @param staffing   a staffing YAML (null: the shipped whatif/staffing.yaml)
 * @param arrivals   a CSV of historical arrivals (null: the generated profile)
 */
public record WhatIfRequest(List<Upload> candidates, Upload staffing, Upload arrivals, String year, String cases,
                            String seeds, String seed) {

    public WhatIfRequest {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /** One uploaded file: the name the client gave it and its bytes. */
    public record Upload(String name, byte[] content) {
    }
}
