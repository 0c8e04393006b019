package com.casedesk.whatif.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.MultiValueMap;

/** Bad what-if requests (issue 19): 400 problem+json naming the field, and nothing stored. */
@PostgresTest
class WhatIfInputTest {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    @Test
    void badFilesAreRefusedNamingTheField() throws Exception {
        long before = runs();
        WhatIfUploads.Part grading = WhatIfUploads.file("candidate", "complaint-grading.dmn", WhatIfUploads.changedGrading());

        assertField(form(List.of(), Map.of()), "candidate", "at least one");
        assertField(form(List.of(WhatIfUploads.file("candidate", "notes.txt", "hello")), Map.of()), "candidate",
                "notes.txt: only .bpmn, .dmn and .form files");
        assertField(form(List.of(WhatIfUploads.file("candidate", "complaint-grading.dmn", "hello")), Map.of()), "candidate",
                "complaint-grading.dmn: not DMN XML");
        assertField(form(List.of(WhatIfUploads.file("candidate", "complaint-x.form", "<xml/>")), Map.of()), "candidate",
                "complaint-x.form: not Camunda Form JSON");
        assertField(form(List.of(WhatIfUploads.file("candidate", "complaint-grading.dmn", """
                <?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"><decision id="complaint-grading">&x;</decision></definitions>""")),
                Map.of()), "candidate", "not DMN XML");
        assertField(form(List.of(WhatIfUploads.file("candidate", "../complaint-grading.dmn", WhatIfUploads.changedGrading())),
                Map.of()), "candidate", "without path");
        assertField(form(List.of(grading, grading), Map.of()), "candidate", "given twice");
        List<WhatIfUploads.Part> many = new ArrayList<>();
        for (int i = 0; i <= CandidateCheck.MAX_FILES; i++) {
            many.add(WhatIfUploads.file("candidate", "complaint-x" + i + ".dmn", WhatIfUploads.changedGrading()));
        }
        assertField(form(many, Map.of()), "candidate", "at most 20 files");
        assertField(form(List.of(WhatIfUploads.file("candidate", "complaint-grading.dmn",
                new byte[CandidateCheck.MAX_FILE_BYTES + 1])), Map.of()), "candidate", "larger than 2 MB");

        assertField(form(List.of(grading), Map.of("cases", "50001")), "cases", "from 1 to 50000");
        assertField(form(List.of(grading), Map.of("cases", "many")), "cases", "whole number");
        assertField(form(List.of(grading), Map.of("seeds", "6")), "seeds", "from 1 to 5");
        assertField(form(List.of(grading), Map.of("year", "1999")), "year", "from 2000 to 2100");
        assertField(form(List.of(grading), Map.of("seed", "x")), "seed", "whole number");
        assertField(form(List.of(grading, WhatIfUploads.file("staffing", "staffing.yaml", "groups: [unclosed")), Map.of()),
                "staffing", "not a staffing file");
        assertField(form(List.of(grading, WhatIfUploads.file("arrivals", "arrivals.csv", new byte[] {(byte) 0xff, 0, 1})),
                Map.of()), "arrivals", "CSV");

        ResponseEntity<String> badKey = WhatIfUploads.post(http, "owner", form(List.of(grading), Map.of()), "short");
        assertThat(badKey.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badKey.getBody()).contains("Idempotency-Key");
        assertThat(runs()).isEqualTo(before);
    }

    private void assertField(MultiValueMap<String, Object> form, String field, String says) throws Exception {
        ResponseEntity<String> response = WhatIfUploads.post(http, "owner", form, null);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        JsonNode errors = json.readTree(response.getBody()).get("errors");
        assertThat(errors.findValuesAsText("field")).as(response.getBody()).containsExactly(field);
        assertThat(errors.get(0).get("message").asText()).contains(says);
    }

    private static MultiValueMap<String, Object> form(List<WhatIfUploads.Part> parts, Map<String, String> fields) {
        return WhatIfUploads.form(parts, fields);
    }

    private long runs() {
        return jdbc.queryForObject("select count(*) from whatif_run", Long.class);
    }
}
