package io.jiceng.platform.casework;

import java.time.Instant;

/** A case (业务件): one application or request worked through a process by several people. */
public record CaseRecord(Long id, String caseNo, String moduleId, String caseType, String title, Long residentId,
                         String divisionCode, CaseStatus status, String processInstanceId, int version,
                         String createdBy, Instant createdAt, Instant updatedAt, Instant closedAt) {
}
