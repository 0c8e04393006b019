package com.casedesk.casefile;

import java.time.Instant;

/**
 * A document's record without its content, as lists and forms show it. {@code sha256} is the stored file's,
 * {@code originalSha256} the file's as uploaded, before its metadata was removed (the same when there was none;
 * null for documents stored before it was recorded).
 */
public record CaseDocument(Long id, String caseNumber, String fileName, String mediaType, long sizeBytes,
                           String sha256, String originalSha256, String description, String uploadedBy, Instant uploadedAt) {
}
