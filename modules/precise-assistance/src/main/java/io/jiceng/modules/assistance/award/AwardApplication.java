package io.jiceng.modules.assistance.award;

import java.time.Instant;

/**
 * The module's data of one application (case type award). {@code failedRules} lists the codes of the rules the
 * applicant did not meet when the clerk submitted anyway, with {@code overrideReason} saying why.
 */
public record AwardApplication(long caseId, long residentId, String divisionCode, String schemeCode, int confirmYear,
                               boolean ruralHousehold, boolean outOfPolicyBirth, String spouseName,
                               String spouseIdNumber, Integer spouseBirthYear, String failedRules,
                               String overrideReason, String note, Outcome outcome, Instant decidedAt,
                               String createdBy, Instant createdAt) {

    public boolean overridden() {
        return failedRules != null && !failedRules.isBlank();
    }
}
