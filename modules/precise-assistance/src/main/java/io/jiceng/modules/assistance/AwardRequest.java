package io.jiceng.modules.assistance;

import java.time.Instant;

/** The module's own data of one case; the process holds only the case id and decisions. */
public record AwardRequest(long caseId, long residentId, String divisionCode, String note, Instant createdAt) {
}
