package io.jiceng.modules.assistance.project;

import java.math.BigDecimal;
import java.time.Instant;

/** An assistance project of one kind, at one division, for one year, with its budget and what it has paid out. */
public record AssistanceProject(Long id, String kind, String name, String divisionCode, int budgetYear, BigDecimal budget,
                                BigDecimal used, String createdBy, Instant createdAt) {

    public BigDecimal remaining() {
        return budget.subtract(used);
    }
}
