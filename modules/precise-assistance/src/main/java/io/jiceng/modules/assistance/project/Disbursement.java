package io.jiceng.modules.assistance.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Money paid from a project to a household's family case. */
public record Disbursement(Long id, long projectId, long caseId, BigDecimal amount, LocalDate paidOn, String purpose,
                           String recordedBy, Instant recordedAt) {
}
