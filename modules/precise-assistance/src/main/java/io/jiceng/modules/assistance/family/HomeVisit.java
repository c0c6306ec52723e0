package io.jiceng.modules.assistance.family;

import java.time.Instant;
import java.time.LocalDate;

/** One visit to the household, as recorded by the team. */
public record HomeVisit(Long id, long caseId, long planId, LocalDate visitedOn, String visitor, String notes,
                        String recordedBy, Instant recordedAt) {
}
