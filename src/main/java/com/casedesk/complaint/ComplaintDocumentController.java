package com.casedesk.complaint;

import com.casedesk.audit.AuditAction;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.audit.AuditLog;
import com.casedesk.casefile.CaseDocument;
import com.casedesk.casefile.CaseDocuments;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.casefile.DocumentUpload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Evidence (证据材料) attached to a complaint by staff; listed in the task forms. */
@RestController
@RequestMapping("/api/complaints/{caseNumber}/documents")
@Tag(name = "Complaint documents 证据材料", description = "Evidence attached to a complaint (staff)")
public class ComplaintDocumentController {

    /** Process variable the investigation and decision forms show. */

    private final ComplaintRepository complaints;
    private final CaseDocuments documents;
    private final CaseEventLog events;
    private final RuntimeService runtimeService;
    private final DataSize maxSize;
    private final AuditLog audit;

    ComplaintDocumentController(ComplaintRepository complaints, CaseDocuments documents, CaseEventLog events,
                                RuntimeService runtimeService,
                                @Value("${casedesk.documents.max-size:10MB}") DataSize maxSize, AuditLog audit) {
        this.audit = audit;
        this.complaints = complaints;
        this.documents = documents;
        this.events = events;
        this.runtimeService = runtimeService;
        this.maxSize = maxSize;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Attach a document: PDF, JPEG, PNG, MP3, WAV or MP4, recognised by content",
            security = @SecurityRequirement(name = "basic"))
    @Transactional
    ResponseEntity<CaseDocument> upload(@PathVariable String caseNumber, @RequestParam("file") MultipartFile file,
                                        @RequestParam(name = "description", required = false) String description)
            throws IOException {
        complaints.getByCaseNumber(caseNumber);
        DocumentUpload upload = DocumentUpload.check(file.getOriginalFilename(), file.getBytes(), description, maxSize);
        CaseDocument saved = documents.add(caseNumber, upload, events.currentActor());
        events.append(caseNumber, CaseEventType.DOCUMENT_ADDED, upload.fileName() + " (" + upload.type().mediaType() + ", "
                + upload.content().length + " bytes, sha256 " + saved.sha256().substring(0, 12) + ")");
        showInForms(caseNumber);
        return ResponseEntity.created(URI.create("/api/complaints/" + caseNumber + "/documents/" + saved.id())).body(saved);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List a complaint's documents", security = @SecurityRequirement(name = "basic"))
    List<CaseDocument> list(@PathVariable String caseNumber) {
        complaints.getByCaseNumber(caseNumber);
        return documents.of(caseNumber);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Download a document (audited)", security = @SecurityRequirement(name = "basic"))
    ResponseEntity<byte[]> download(@PathVariable String caseNumber, @PathVariable long id) {
        CaseDocument document = documents.find(caseNumber, id)
                .orElseThrow(() -> new ComplaintNotFoundException(caseNumber));
        byte[] content = documents.content(id);
        audit.record(AuditAction.DOCUMENT_DOWNLOADED, caseNumber,
                "document " + id + " (" + document.mediaType() + ", sha256 " + document.sha256().substring(0, 12) + ")", null);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                // never rendered inline: evidence is downloaded, not executed in our origin
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    private void showInForms(String caseNumber) {
        String list = documents.of(caseNumber).stream()
                .map(d -> d.id() + ". " + d.fileName() + (d.description() == null ? "" : " — " + d.description()))
                .collect(Collectors.joining("\n"));
        runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.KEY)
                .processInstanceBusinessKey(caseNumber).list()
                .forEach(pi -> Vars.EVIDENCE_LIST.set(runtimeService, pi.getId(), list));
    }
}
