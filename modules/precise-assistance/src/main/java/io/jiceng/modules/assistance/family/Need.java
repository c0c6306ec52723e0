package io.jiceng.modules.assistance.family;

import java.time.Instant;

/** How great a household's need is in one area: 0 none … 5 urgent, and what the assessor found. */
public record Need(long caseId, NeedArea area, int score, String description, String assessedBy, Instant assessedAt) {

    public static final int MAX_SCORE = 5;
}
