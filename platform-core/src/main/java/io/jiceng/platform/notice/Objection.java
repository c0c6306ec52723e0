package io.jiceng.platform.notice;

import java.time.Instant;

/** An objection (异议) registered against one entry of a notice, and the investigators' finding. */
public record Objection(Long id, long noticeId, long caseId, String caseNo, String objectorName, String objectorContact,
                        String reason, ObjectionStatus status, String finding, String registeredBy, Instant registeredAt,
                        String decidedBy, Instant decidedAt) {
}
