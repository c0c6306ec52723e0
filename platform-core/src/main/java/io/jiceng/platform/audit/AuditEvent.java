package io.jiceng.platform.audit;

import java.time.Instant;

/** Who did what to which resident or case, when, and from where. */
public record AuditEvent(Long id, Instant occurredAt, String username, AuditAction action, String targetType,
                         String targetId, String divisionCode, String detail, String remoteAddress) {
}
