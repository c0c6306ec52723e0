package io.jiceng.platform.casework;

import java.time.Instant;

/** One entry of a case's opinions timeline (审批意见): who decided what at which step, and why. */
public record Opinion(Long id, long caseId, String taskId, String stepKey, String stepName, Decision decision, String opinion,
                      String username, String staffName, String divisionCode, Instant createdAt) {
}
