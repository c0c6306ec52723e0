package io.jiceng.modules.assistance.family;

import java.time.LocalDate;
import java.util.Map;

/** What the people at each step fill in. */
public final class FamilyForms {

    private FamilyForms() {
    }

    /** One area of the needs assessment: 0 (no need) to 5 (urgent), and what was found. */
    public record AreaFinding(int score, String description) {
    }

    /** The four areas, and whether the household needs help at all (if not, why: the opinion). */
    public record NeedsAssessment(Map<NeedArea, AreaFinding> findings, boolean helpNeeded, String opinion) {
    }

    public record TeamForm(String specialistUsername, String socialWorkerName, String socialWorkerPhone,
                           String volunteerName, String volunteerPhone) {
    }

    /** The plan starts the day it is made and runs until {@code endsOn}. */
    public record PlanForm(String goals, VisitFrequency frequency, LocalDate endsOn) {
    }

    public record VisitForm(LocalDate visitedOn, String visitor, String notes) {
    }

    public record EvaluationForm(Evaluation.Outcome outcome, String summary) {
    }
}
