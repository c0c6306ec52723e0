package io.jiceng.modules.assistance.payment;

import java.time.Instant;

/**
 * One person receiving one scheme in one year: {@code CONFIRMED} by an application's case, {@code CONTINUED} by the
 * annual re-confirmation, or {@code STOPPED} by it (with the reason); only the first two are paid.
 */
public record Recipient(long id, long residentId, String schemeCode, int payYear, String divisionCode, Long caseId,
                        String status, String stopReason, String stopNote, String decidedBy, Instant decidedAt) {

    public boolean paid() {
        return !STOPPED.equals(status);
    }

    public static final String STOPPED = "STOPPED";
}
