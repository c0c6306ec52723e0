package io.jiceng.modules.assistance.family;

import io.jiceng.platform.division.DivisionScope;
import io.jiceng.platform.module.Indicator;
import java.time.LocalDate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** 家庭帮扶 statistics per division and period: households helped, visits done against visits planned. */
public final class FamilyIndicators {

    private FamilyIndicators() {
    }

    /** Households visited or paid from a project in the period, each once. */
    @Component
    @Order(20)
    public static class HouseholdsHelped implements Indicator {
        private final FamilyMapper mapper;

        HouseholdsHelped(FamilyMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public String id() {
            return "households-helped";
        }

        @Override
        public String labelKey() {
            return "precise-assistance.indicator.households-helped";
        }

        @Override
        public long valueFor(String divisionCode, LocalDate from, LocalDate to) {
            return mapper.countHouseholdsHelped(DivisionScope.likePattern(divisionCode), from, to);
        }
    }

    /** Visits recorded with a visit date in the period. */
    @Component
    @Order(21)
    public static class VisitsDone implements Indicator {
        private final FamilyMapper mapper;

        VisitsDone(FamilyMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public String id() {
            return "visits-done";
        }

        @Override
        public String labelKey() {
            return "precise-assistance.indicator.visits-done";
        }

        @Override
        public long valueFor(String divisionCode, LocalDate from, LocalDate to) {
            return mapper.countVisits(DivisionScope.likePattern(divisionCode), from, to);
        }
    }

    /** Visit days the plans put in the period (what the process opened or will open as visit tasks). */
    @Component
    @Order(22)
    public static class VisitsPlanned implements Indicator {
        private final FamilyMapper mapper;

        VisitsPlanned(FamilyMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public String id() {
            return "visits-planned";
        }

        @Override
        public String labelKey() {
            return "precise-assistance.indicator.visits-planned";
        }

        @Override
        public long valueFor(String divisionCode, LocalDate from, LocalDate to) {
            return mapper.findPlansOverlapping(DivisionScope.likePattern(divisionCode), from, to).stream()
                    .flatMap(plan -> plan.visitDays().stream())
                    .filter(day -> !day.isBefore(from) && day.isBefore(to))
                    .count();
        }
    }
}
