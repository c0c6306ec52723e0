package io.jiceng.modules.assistance.family;

import java.time.Instant;

/** A household in difficulty as the village applied for it. */
public record FamilyApplication(long caseId, long residentId, String divisionCode, int householdSize, String difficulty,
                                String appliedBy, Instant appliedAt) {
}
