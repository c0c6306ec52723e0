package io.jiceng.platform.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.jiceng.platform.calendar.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class NoticePeriodsTest {

    // Thursday 26 November 2026, 10:00 Beijing time
    private static final Instant PUBLISHED = Instant.parse("2026-11-26T02:00:00Z");

    private final MockEnvironment environment = new MockEnvironment();
    private final NoticePeriods periods = new NoticePeriods(environment,
            new WorkingDays(Set.of(LocalDate.of(2026, 11, 30)), Set.of()));

    @Test
    void withoutConfigurationANoticeRunsSevenDaysToTheEndOfTheLastDay() {
        assertThat(periods.endOf("award", "350583001", PUBLISHED)).isEqualTo(Instant.parse("2026-12-03T15:59:59Z"));
    }

    @Test
    void workingDaysSkipWeekendsAndHolidays() {
        environment.setProperty("platform.notice.period.award", "5 working days");
        // Fri 27 November, (Sat, Sun, Mon 30 a holiday), Tue 1, Wed 2, Thu 3, Fri 4 December
        assertThat(periods.endOf("award", "350583001", PUBLISHED)).isEqualTo(Instant.parse("2026-12-04T15:59:59Z"));
    }

    @Test
    void aDivisionOrItsAncestorMayHaveItsOwnPeriodAndIsoDurationsAreExact() {
        environment.setProperty("platform.notice.period", "7 days");
        environment.setProperty("platform.notice.period.award@350583", "P10D");
        environment.setProperty("platform.notice.period.award@350583002", "PT30S");

        assertThat(periods.endOf("award", "350583001", PUBLISHED)).isEqualTo(PUBLISHED.plusSeconds(10 * 86400));
        assertThat(periods.endOf("award", "350583002", PUBLISHED)).isEqualTo(PUBLISHED.plusSeconds(30));
        assertThat(periods.endOf("support", "350583002", PUBLISHED)).isEqualTo(Instant.parse("2026-12-03T15:59:59Z"));
    }
}
