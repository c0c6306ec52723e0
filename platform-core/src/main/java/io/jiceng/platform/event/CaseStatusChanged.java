package io.jiceng.platform.event;

import io.jiceng.platform.casework.CaseStatus;

/** A case moved from one status to another (by its process, or by a withdrawal). */
public record CaseStatusChanged(long caseId, String caseNo, String moduleId, String caseType, String divisionCode,
                                CaseStatus oldStatus, CaseStatus newStatus) {
}
