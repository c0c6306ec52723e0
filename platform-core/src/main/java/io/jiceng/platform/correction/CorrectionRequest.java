package io.jiceng.platform.correction;

import io.jiceng.platform.resident.CorrectableField;

/** The data of a resident-record correction request: which field, from what, to what, and why. */
public record CorrectionRequest(long caseId, long residentId, CorrectableField fieldName, String oldValue,
                                String newValue, String reason) {
}
