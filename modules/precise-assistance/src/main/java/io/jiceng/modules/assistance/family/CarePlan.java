package io.jiceng.modules.assistance.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A plan of help: its goals, how often the team visits, from when until when. */
public record CarePlan(Long id, long caseId, String goals, VisitFrequency frequency, LocalDate startsOn, LocalDate endsOn,
                       int plannedVisits, String plannedBy, Instant plannedAt) {

    public List<LocalDate> visitDays() {
        return frequency.visitDays(startsOn, endsOn);
    }
}
