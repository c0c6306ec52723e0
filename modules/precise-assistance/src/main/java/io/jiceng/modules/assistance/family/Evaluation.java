package io.jiceng.modules.assistance.family;

import java.time.Instant;

/** The street office's evaluation at the end of a plan: close the case, or continue with a new plan. */
public record Evaluation(Long id, long caseId, long planId, Outcome outcome, String summary, String evaluatedBy,
                         Instant evaluatedAt) {

    public enum Outcome {
        CLOSE,
        CONTINUE
    }
}
