package io.jiceng.modules.assistance;

import io.jiceng.platform.division.DivisionScope;
import io.jiceng.platform.module.Indicator;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** The module's statistics, per division and period (Beijing dates). */
public final class AwardIndicators {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private AwardIndicators() {
    }

    /** Requests opened in the period. */
    @Component
    public static class Opened implements Indicator {
        private final AwardMapper mapper;

        Opened(AwardMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public String id() {
            return "opened";
        }

        @Override
        public String labelKey() {
            return "precise-assistance.indicator.opened";
        }

        @Override
        public long valueFor(String divisionCode, LocalDate from, LocalDate to) {
            return mapper.countOpened(DivisionScope.likePattern(divisionCode), from.atStartOfDay(BEIJING).toInstant(),
                    to.atStartOfDay(BEIJING).toInstant());
        }
    }
}
