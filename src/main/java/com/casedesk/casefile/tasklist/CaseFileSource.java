package com.casedesk.casefile.tasklist;

import com.casedesk.process.EngineCaller;
import java.util.Optional;

/**
 * A case type's part of the 案件档案 tab: each case type (complaints, whistleblowing reports) implements it
 * with its own access rule, masking and audit, so the shared tab knows no case type. The tab asks only after
 * the engine has let the caller read the task; the source decides whether the caller may see the case itself.
 */
public interface CaseFileSource {

    /** Whether {@code businessKey} (a process instance's business key) is one of this type's cases. */
    boolean owns(String businessKey);

    /**
     * The case file as {@code viewer} may see it, a JSON-writable value, with the read audited as the
     * case type's own API audits it; empty when the viewer may not see the case (answered as not found).
     */
    Optional<Object> read(String businessKey, EngineCaller viewer);

    /** One document of the case for {@code viewer}, audited; empty when not theirs or not of this case. */
    Optional<Download> document(String businessKey, long documentId, EngineCaller viewer);

    /**
     * A document's type and content, and its {@code Content-Disposition}: always an attachment, its name made
     * safe as the case type's own API makes it.
     */
    record Download(String contentDisposition, String mediaType, byte[] content) {
    }
}
