package io.jiceng.platform.casework;

import java.time.Instant;

/** A file attached to a case; the content is read separately. */
public record Attachment(Long id, long caseId, String fileName, String contentType, long sizeBytes, String sha256,
                         String uploadedBy, Instant uploadedAt) {
}
