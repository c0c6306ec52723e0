package io.jiceng.platform.casework;

import io.jiceng.platform.casework.internal.CaseMapper;
import io.jiceng.platform.division.DivisionScope;
import io.jiceng.platform.module.Indicator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The core's statistics: cases opened, approved and rejected per division and period (Beijing dates). */
public final class CaseIndicators {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private CaseIndicators() {
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(BEIJING).toInstant();
    }

    @Component
    @Order(1)
    public static class Opened implements Indicator {
        private final CaseMapper cases;

        Opened(CaseMapper cases) {
            this.cases = cases;
        }

        @Override
        public String id() {
            return "cases-opened";
        }

        @Override
        public String labelKey() {
            return "indicator.core.cases-opened";
        }

        @Override
        public long valueFor(String divisionCode, LocalDate from, LocalDate to) {
            return cases.countOpened(DivisionScope.likePattern(divisionCode), start(from), start(to));
        }
    }

    /** Cases closed with a given final status in the period. */
    abstract static class Closed implements Indicator {
        private final CaseMapper cases;
        private final CaseStatus status;

        Closed(CaseMapper cases, CaseStatus status) {
            this.cases = cases;
            this.status = status;
        }

        @Override
        public long valueFor(String divisionCode, LocalDate from, LocalDate to) {
            return cases.countClosed(DivisionScope.likePattern(divisionCode), status, start(from), start(to));
        }
    }

    @Component
    @Order(2)
    public static class Approved extends Closed {
        Approved(CaseMapper cases) {
            super(cases, CaseStatus.APPROVED);
        }

        @Override
        public String id() {
            return "cases-approved";
        }

        @Override
        public String labelKey() {
            return "indicator.core.cases-approved";
        }
    }

    @Component
    @Order(3)
    public static class Rejected extends Closed {
        Rejected(CaseMapper cases) {
            super(cases, CaseStatus.REJECTED);
        }

        @Override
        public String id() {
            return "cases-rejected";
        }

        @Override
        public String labelKey() {
            return "indicator.core.cases-rejected";
        }
    }
}
