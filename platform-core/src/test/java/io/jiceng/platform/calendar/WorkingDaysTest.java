package io.jiceng.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    // National Day week as the State Council publishes it: 1–7 October off, with Saturday 10 October worked.
    private final WorkingDays calendar = new WorkingDays(
            Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                    LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
            Set.of(LocalDate.of(2026, 10, 10)));

    @Test
    void weekendsAreNotWorkingDaysUnlessWorkedInExchange() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();  // Saturday worked in exchange
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();  // National Day
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 26))).isTrue();  // Thursday
    }

    @Test
    void fiveWorkingDaysFromThursdaySkipTheWeekend() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 26), 5)).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void aDeadlineSetBeforeNationalDayRunsPastTheHolidayAndCountsTheExchangedSaturday() {
        // Wednesday 30 September + 3 working days: 8 Oct (Thu), 9 Oct (Fri), 10 Oct (Sat, worked)
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void aDueDateIsTheEndOfTheWorkingDayInBeijing() {
        var due = calendar.dueIn(1).toInstant().atZone(ZoneId.of("Asia/Shanghai"));
        assertThat(due.toLocalTime().getHour()).isEqualTo(23);
        assertThat(calendar.isWorkingDay(due.toLocalDate())).isTrue();
    }
}
