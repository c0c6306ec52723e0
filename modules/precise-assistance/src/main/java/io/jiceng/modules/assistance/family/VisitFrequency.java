package io.jiceng.modules.assistance.family;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** How often the helper team visits a household under a plan. */
public enum VisitFrequency {
    WEEKLY(Period.ofWeeks(1)),
    BIWEEKLY(Period.ofWeeks(2)),
    MONTHLY(Period.ofMonths(1));

    private final Period interval;

    VisitFrequency(Period interval) {
        this.interval = interval;
    }

    /** ISO-8601, as the process's timers take it: {@code P14D}, {@code P1M}. */
    public String isoInterval() {
        return interval.toString();
    }

    /** The days a plan from {@code startsOn} to {@code endsOn} has a visit: one interval after another, the end included. */
    public List<LocalDate> visitDays(LocalDate startsOn, LocalDate endsOn) {
        List<LocalDate> days = new ArrayList<>();
        for (int k = 1; !startsOn.plus(interval.multipliedBy(k)).isAfter(endsOn); k++) {
            days.add(startsOn.plus(interval.multipliedBy(k)));
        }
        return days;
    }
}
