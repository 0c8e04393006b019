package com.casedesk.casefile.tasklist;

import com.casedesk.process.AsEngine;
import com.casedesk.process.EngineCaller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Finds the case behind a Tasklist task for the session's user and hands it to the case type that owns it.
 * Two gates, both needed: the engine's own task read check with the caller's authentication (a task the
 * caller may not read, or one hidden from them by recusal, is not found), then the case type's rule for the
 * case (need-to-know, recusal), the same as its API's. Every refusal is the same 404 naming nothing, so the
 * answer does not tell whether a task or case exists.
 */
@Service
public class CaseFiles {

    static final String NOT_FOUND = "没有可查看的案件档案。 (No case file to show.)";

    private final List<CaseFileSource> sources;
    private final ObjectMapper json;

    CaseFiles(List<CaseFileSource> sources, ObjectMapper json) {
        this.sources = sources;
        this.json = json;
    }

    /** The case file of the task as JSON (written with the service's own mapper, as {@code /api} writes it). */
    public String read(ProcessEngine engine, String taskId) {
        EngineCaller caller = caller(engine);
        Case found = caseOf(engine, taskId);
        Object file = found.source().read(found.businessKey(), caller).orElseThrow(CaseFiles::notFound);
        try {
            return json.writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case file of task " + taskId + " not writable", e);
        }
    }

    public CaseFileSource.Download document(ProcessEngine engine, String taskId, long documentId) {
        EngineCaller caller = caller(engine);
        Case found = caseOf(engine, taskId);
        return found.source().document(found.businessKey(), documentId, caller).orElseThrow(CaseFiles::notFound);
    }

    private static EngineCaller caller(ProcessEngine engine) {
        return EngineCaller.current(engine).filter(c -> c.userId() != null)
                .orElseThrow(() -> new RestException(Response.Status.UNAUTHORIZED, "请先登录。 (Log in first.)"));
    }

    private record Case(CaseFileSource source, String businessKey) {
    }

    private Case caseOf(ProcessEngine engine, String taskId) {
        // with the caller's authentication: the engine applies its read check (and recusal's revocations)
        Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessInstanceId() == null) {
            throw notFound();
        }
        // the instance as the service reads it: reading the task is what entitles the caller to its case key
        String businessKey = AsEngine.call(engine.getIdentityService(), () -> {
            ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId()).singleResult();
            return instance == null ? null : instance.getBusinessKey();
        });
        if (businessKey == null) {
            throw notFound();
        }
        Optional<CaseFileSource> owner = sources.stream().filter(s -> s.owns(businessKey)).findFirst();
        return new Case(owner.orElseThrow(CaseFiles::notFound), businessKey);
    }

    private static RestException notFound() {
        return new RestException(Response.Status.NOT_FOUND, NOT_FOUND);
    }
}
