package io.jiceng.platform.event;

/** A case was opened (its process started); it is {@code IN_REVIEW}. {@code residentId} may be null. */
public record CaseOpened(long caseId, String caseNo, String moduleId, String caseType, String divisionCode,
                         Long residentId) {
}
