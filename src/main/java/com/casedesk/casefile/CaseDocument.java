package com.casedesk.casefile;

import java.time.Instant;

/** A document's record without its content, as lists and forms show it. */
public record CaseDocument(Long id, String caseNumber, String fileName, String mediaType, long sizeBytes,
                           String sha256, String description, String uploadedBy, Instant uploadedAt) {
}
