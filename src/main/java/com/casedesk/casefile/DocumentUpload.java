package com.casedesk.casefile;

import com.casedesk.web.FieldProblem;
import com.casedesk.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.util.unit.DataSize;

/**
 * The checks every evidence upload passes, whoever uploads: not empty, not too large, one of the
 * accepted types by its content, not also a web page, a plain file name, a short description. The content
 * is the file as stored: images and PDFs without their metadata ({@link EvidenceSanitizer});
 * {@code originalSha256} is the hash of the file as uploaded, so the uploader's copy can still be matched.
 */
public record DocumentUpload(String fileName, byte[] content, String description, DocumentType type, String originalSha256) {

    public static DocumentUpload check(String originalName, byte[] content, String description, DataSize maxSize) {
        String fileName = originalName == null ? "document" : originalName.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (content.length == 0) {
            problems.add(new FieldProblem("file", "is empty"));
        } else if (content.length > maxSize.toBytes()) {
            problems.add(new FieldProblem("file", "is larger than " + maxSize));
        }
        DocumentType type = DocumentType.detect(content).orElse(null);
        if (content.length > 0 && type == null) {
            problems.add(new FieldProblem("file", "must be a PDF, JPEG, PNG, MP3, WAV or MP4 file"));
        }
        if (fileName.length() > 255 || fileName.isEmpty() || fileName.chars().anyMatch(c -> c < 0x20 || c == '/' || c == '\\')) {
            problems.add(new FieldProblem("file", "needs a plain file name of at most 255 characters"));
        }
        if (description != null && description.length() > 500) {
            problems.add(new FieldProblem("description", "must be at most 500 characters"));
        } else if (description != null && description.chars()
                .anyMatch(c -> (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f)) {
            problems.add(new FieldProblem("description", "must not contain control characters"));
        }
        byte[] stored = content;
        if (problems.isEmpty()) {
            try {
                stored = EvidenceSanitizer.clean(type, content);
            } catch (EvidenceSanitizer.Refused refused) {
                problems.add(new FieldProblem("file", refused.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new DocumentUpload(fileName, stored, description, type, CaseDocuments.sha256(content));
    }
}
