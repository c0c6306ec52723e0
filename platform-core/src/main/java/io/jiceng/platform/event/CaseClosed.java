package io.jiceng.platform.event;

import io.jiceng.platform.casework.CaseStatus;

/** A case reached a final status (approved, rejected, withdrawn); follows its {@link CaseStatusChanged}. */
public record CaseClosed(long caseId, String caseNo, String moduleId, String caseType, String divisionCode,
                         CaseStatus status) {
}
